import { describe, expect, it } from 'vitest';
import { createCandidateCollector } from '../../../pipeline/actors/brief/collect-candidates.js';
import type { PersonEntity } from '../../../pipeline/actors/persons/cluster-persons.js';
import type { SentenceReading } from '../../../pipeline/actors/read/read-story.js';
import type { Claim } from '../../../pipeline/types.js';
import { makeStories } from '../make-stories.js';

const reading = (agent?: string, interactions: SentenceReading['interactions'] = []): SentenceReading => ({
  agents: agent ? [{ actorId: agent, speech: true }] : [],
  mentions: new Map(agent ? [[agent, [agent]]] : []),
  persons: [],
  interactions,
});
const stories = makeStories([
  { name: 'a', text: 'T\n\nIran said yes. Nothing else happened.' },
  { name: 'b', text: 'T\n\nIran said yes. Iraq said no.' },
]);
const claim: Claim = { id: 'yes', text: 'Iran said yes.', refs: [1, 2], support: 2, occurrences: [{ ref: 1, sentence: 0 }, { ref: 2, sentence: 0 }], fresh: true };
const readings = [[reading('IRN'), reading()], [reading('IRN', [{ a: 'IRN', b: 'IRQ', type: 'conflict' }]), reading('IRQ')]];
const actorOf = (p: PersonEntity): string => p.id;
const collect = (claims: Claim[]) => {
  const collector = createCandidateCollector(claims, actorOf);
  stories.forEach((story, i) => collector.add(story, readings[i] ?? []));
  return collector.finish();
};

describe('createCandidateCollector', () => {
  it('merges a sentence carried by several stories through its claim', () => {
    const { evidence } = collect([claim]);
    expect([...(evidence.get('IRN')?.candidates.values() ?? [])].map((c) => [c.key, c.refs, c.support])).toEqual([['yes', [1, 2], 2]]);
  });
  it('falls back on the sentence and its story when no claim covers it', () => {
    const { evidence } = collect([claim]);
    expect([...(evidence.get('IRQ')?.candidates.values() ?? [])].map((c) => [c.key, c.text, c.refs])).toEqual([['2:1', 'Iraq said no.', [2]]]);
  });
  it('counts interactions with their refs', () => {
    expect(collect([claim]).interactions).toEqual([{ a: 'IRN', b: 'IRQ', type: 'conflict', count: 1, refs: [2] }]);
  });
  it('drops claims briefed on an earlier day but still counts the mention', () => {
    const { evidence } = collect([{ ...claim, fresh: false }]);
    expect(evidence.get('IRN')?.candidates.size).toBe(0);
    expect(evidence.get('IRN')?.refs).toEqual(new Set([1, 2]));
  });

  it('makes the lead sentence a point of the story’s main actor, even when the grammar makes it an object', () => {
    // "Strong sales helped Renault boost its profits": Renault, named most, is no agent of its own lead.
    const [story] = makeStories([{ name: 'r', text: 'T\n\nStrong sales helped Renault boost its profits. Renault said margins rose. Renault shares rose.' }]);
    const named = (id: string, agent?: string): SentenceReading => ({ agents: agent ? [{ actorId: agent, speech: false }] : [], mentions: new Map([[id, [id]]]), persons: [], interactions: [] });
    const collector = createCandidateCollector([], actorOf);
    if (story) collector.add(story, [named('co:renault'), named('co:renault', 'co:renault'), named('co:renault')]);
    expect([...(collector.finish().evidence.get('co:renault')?.candidates.values() ?? [])].map((c) => c.text)).toEqual([
      'Strong sales helped Renault boost its profits.',
      'Renault said margins rose.',
    ]);
  });
  it('gives the lead to no one when two actors are named as often', () => {
    const [story] = makeStories([{ name: 'q', text: 'T\n\nTalks between Iran and Iraq stalled. Iran left. Iraq stayed.' }]);
    const both: SentenceReading = { agents: [], mentions: new Map([['IRN', ['Iran']], ['IRQ', ['Iraq']]]), persons: [], interactions: [] };
    const collector = createCandidateCollector([], actorOf);
    if (story) collector.add(story, [both, reading('IRN'), reading('IRQ')]);
    const { evidence } = collector.finish();
    expect([...(evidence.get('IRN')?.candidates.keys() ?? [])]).toEqual(['1:1']);
    expect([...(evidence.get('IRQ')?.candidates.keys() ?? [])]).toEqual(['1:2']);
  });
});
