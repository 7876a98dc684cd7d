import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as stage from '../../pipeline/actors/index.js';
import { summariseActors } from '../../pipeline/actors/index.js';
import type { ActorBriefing, ActorOutput, Claim } from '../../pipeline/types.js';
import { makeStories } from './make-stories.js';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const seedStories = makeStories(readdirSync(SEEDS).sort().map((name) => ({ name, text: readFileSync(SEEDS + name, 'utf8') })));

const actor = (output: ActorOutput, id: string): ActorBriefing | undefined => output.actors.find((a) => a.id === id);
const memberNames = (a: ActorBriefing | undefined): string[] => (a?.members ?? []).map((m) => m.name);

describe('summariseActors', () => {
  it('exports exactly summariseActors (the worker-thread form is gone)', () => {
    expect(Object.keys(stage)).toEqual(['summariseActors']);
  });

  it('returns nothing for no stories', () => {
    expect(summariseActors([], [], {})).toEqual({ actors: [], mentioned: [], interactions: [] });
  });

  it('throws on a pointsPerActor that is not a positive integer', () => {
    expect(() => summariseActors([], [], { pointsPerActor: 0 })).toThrow(/pointsPerActor 0/);
  });

  describe('on the seed articles', () => {
    const output = summariseActors(seedStories, [], {});

    it('covers Russia, Iran, the United States, Saudi Arabia, Turkey, Syria and the Syrian opposition with points', () => {
      for (const id of ['RUS', 'IRN', 'USA', 'SAU', 'TUR', 'SYR', 'syrian-opposition']) {
        expect(actor(output, id)?.points.length, id).toBeGreaterThan(0);
      }
    });

    it('places each person under their state or group', () => {
      expect(memberNames(actor(output, 'RUS'))).toEqual(expect.arrayContaining(['Sergei Lavrov', 'Dmitry Peskov', 'Vladimir Putin']));
      expect(memberNames(actor(output, 'IRN'))).toEqual(expect.arrayContaining(['Mohammad Javad Zarif', 'Hassan Rouhani']));
      expect(memberNames(actor(output, 'SAU')).some((n) => n.endsWith('Jubeir'))).toBe(true);
      expect(memberNames(actor(output, 'USA'))).toContain('John Kerry');
      expect(memberNames(actor(output, 'TUR'))).toContain('Recep Tayyip Erdoğan');
      // The seeds write "Bashar Assad" twice and "Bashar al-Assad" once: the name most written is shown.
      expect(memberNames(actor(output, 'SYR')).some((n) => n.endsWith('Assad'))).toBe(true);
      expect(memberNames(actor(output, 'syrian-opposition'))).toEqual(expect.arrayContaining(['Bassma Kodmani', 'Riyad Hijab']));
    });

    it('keeps persons named near another state under their own', () => {
      expect(memberNames(actor(output, 'IRN'))).toContain('Ali Shamkhani');
      expect(memberNames(actor(output, 'RUS'))).not.toContain('Ali Shamkhani');
      expect(memberNames(actor(output, 'RUS'))).toContain('Alexander Lavrentiev');
    });

    it('never places a person under two actors', () => {
      const all = [...output.actors, ...output.mentioned].flatMap((a) => a.members.map((m) => m.id));
      expect(new Set(all).size).toBe(all.length);
    });

    it('cites every point and names a person speaker only when one spoke', () => {
      for (const a of output.actors) {
        for (const point of a.points) {
          expect(point.refs.length).toBeGreaterThan(0);
          if (point.speaker !== undefined && a.kind !== 'person') expect(memberNames(a)).toContain(point.speaker);
        }
      }
    });

    it('attributes what Lavrov said to Russia with Lavrov as speaker', () => {
      const points = actor(output, 'RUS')?.points ?? [];
      expect(points.some((p) => p.speaker === 'Sergei Lavrov')).toBe(true);
    });

    it('orders actors by salience, Russia first', () => {
      expect(output.actors[0]?.id).toBe('RUS');
      const saliences = output.actors.map((a) => a.salience);
      expect([...saliences].sort((a, b) => b - a)).toEqual(saliences);
    });

    it('finds a conflict between the United States and Russia', () => {
      expect(output.interactions.some((i) => i.type === 'conflict' && [i.a, i.b].sort().join() === 'RUS,USA')).toBe(true);
    });

    it('is deterministic', () => {
      expect(JSON.stringify(summariseActors(seedStories, [], {}))).toBe(JSON.stringify(output));
    });
  });

  // The renderings show pointsPerActor; the JSON keeps up to 40 per actor (one per story of a busy actor) for programs.
  it('keeps up to 40 points per actor for the JSON, whatever a smaller pointsPerActor', () => {
    const two = summariseActors(seedStories, [], { pointsPerActor: 2 });
    const counts = two.actors.map((a) => a.points.length);
    expect(Math.max(...counts)).toBeGreaterThan(2);
    expect(Math.max(...counts)).toBeLessThanOrEqual(40);
    expect(JSON.stringify(two)).toBe(JSON.stringify(summariseActors(seedStories, [], {})));
  });

  it('keeps pointsKept points per actor when the config asks for fewer (up to four times that for actors many people speak for), the best first, and never fewer than pointsPerActor', () => {
    const full = summariseActors(seedStories, [], {});
    const three = summariseActors(seedStories, [], { pointsKept: 3, pointsPerActor: 2 });
    expect(Math.max(...full.actors.map((a) => a.points.length))).toBeGreaterThan(12);
    expect(three.actors.map((a) => a.id)).toEqual(full.actors.map((a) => a.id));
    three.actors.forEach((actor, i) => {
      expect(actor.points.length).toBeLessThanOrEqual(12);
      expect(actor.points).toEqual(full.actors[i]!.points.slice(0, actor.points.length));
    });
    expect(three.actors.some((a) => a.points.length > 3)).toBe(true);
    // pointsKept below pointsPerActor is raised to it: every actor keeps what the briefing shows.
    summariseActors(seedStories, [], { pointsKept: 1, pointsPerActor: 4 }).actors.forEach((actor, i) => {
      expect(actor.points.length).toBeGreaterThanOrEqual(Math.min(4, full.actors[i]!.points.length));
      expect(actor.points.length).toBeLessThanOrEqual(16);
    });
    expect(() => summariseActors([], [], { pointsKept: 0 })).toThrow(/pointsKept 0/);
  });

  it('merges a sentence carried by two stories into one point with both refs', () => {
    const text = 'Talks\n\nThe Kremlin said on Monday that it would not attend the talks.\n\nGermany welcomed the plan.';
    const stories = makeStories([{ name: 'a', text }, { name: 'b', text: `${text}\n\nFrance stayed silent.` }]);
    const claim: Claim = { id: 'c1', text: 'The Kremlin said on Monday that it would not attend the talks.', refs: [1, 2], support: 2, occurrences: [{ ref: 1, sentence: 0 }, { ref: 2, sentence: 0 }], fresh: true };
    const russia = summariseActors(stories, [claim], {}).actors.find((a) => a.id === 'RUS');
    expect(russia?.points).toEqual([{ text: claim.text, refs: [1, 2], support: 2, story: 'group-a' }]);
  });

  it('never makes a point of a claim briefed on an earlier day', () => {
    const stories = makeStories([{ name: 'a', text: 'Talks\n\nThe Kremlin said on Monday that it would not attend the talks.' }]);
    const claim: Claim = { id: 'old', text: 'The Kremlin said on Monday that it would not attend the talks.', refs: [1], support: 1, occurrences: [{ ref: 1, sentence: 0 }], fresh: false };
    const output = summariseActors(stories, [claim], {});
    expect(output.actors.find((a) => a.id === 'RUS')).toBeUndefined();
    expect(output.mentioned.map((a) => a.id)).toContain('RUS');
  });

  it('applies registry entries from the options', () => {
    const stories = makeStories([{ name: 'a', text: 'Summit\n\nAcme Widgets said on Monday it would open a plant in Kenya. Jane Roe warned that costs would rise.' }]);
    const output = summariseActors(stories, [], {
      registry: [
        { id: 'acme', name: 'Acme Widgets', kind: 'organisation', aliases: ['Acme'] },
        { id: 'jane-roe', name: 'Jane Roe', kind: 'person', affiliation: 'acme', role: 'chief executive' },
      ],
    });
    const acme = output.actors.find((a) => a.id === 'acme');
    expect(acme?.members).toEqual([{ id: 'jane-roe', name: 'Jane Roe', role: 'chief executive', affiliations: ['acme'] }]);
    expect(acme?.points.map((p) => p.speaker)).toContain('Jane Roe');
  });

  it('lets a registry entry of the options override a knowledge-base person', () => {
    const stories = makeStories([{ name: 'a', text: 'Summit\n\nVladimir Putin said on Monday that Acme would open a plant in Kenya.' }]);
    const output = summariseActors(stories, [], {
      date: '2019-06-01',
      registry: [
        { id: 'acme', name: 'Acme Widgets', kind: 'organisation', aliases: ['Acme'] },
        { id: 'person:vladimir-putin', name: 'Vladimir Putin', kind: 'person', affiliation: 'acme' },
      ],
    });
    expect(memberNames(output.actors.find((a) => a.id === 'acme'))).toContain('Vladimir Putin');
    expect(memberNames(output.actors.find((a) => a.id === 'RUS'))).not.toContain('Vladimir Putin');
  });
});
