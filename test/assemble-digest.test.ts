import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleDigest } from '../pipeline/assemble-digest.js';
import type { ActorOutput, Article, DedupeOutput, IngestOutput, Story } from '../pipeline/types.js';

const CWD = path.resolve('/srv/briefings');

const article: Article = { id: 'a1', path: 'in/a.txt', kind: 'text', title: 'Talks resume', source: 'Daily', text: 'Body.' };
const ingested: IngestOutput = { articles: [article], rejected: [{ path: 'in/b.txt', code: 'empty', reason: 'The file is empty.' }], inputs: 2 };
const deduped: DedupeOutput = {
  stories: [{ ref: 1, fingerprint: 'f', article, duplicates: [{ path: 'in/c.txt', articleId: 'c1' }], status: 'new', sentences: ['Body.'], group: 'g1' }],
  groups: [{ id: 'g1', refs: [1], centre: 1, status: 'new' }],
  claims: [],
  ledger: { version: 1, entries: [] },
  duplicates: 1,
  known: 0,
};
const actors: ActorOutput = {
  actors: [{ id: 'X', name: 'Xland', kind: 'state', members: [], aliases: ['Xland'], articleRefs: [1], points: [{ text: 'Body.', refs: [1], support: 1 }], salience: 1 }],
  mentioned: [{ id: 'Y', name: 'Yland', kind: 'state', members: [], aliases: [], articleRefs: [1], points: [], salience: 0 }],
  interactions: [],
};

/** One story of the group: an article from `source` dated `published`, its sentences given. */
function story(ref: number, group: string, source: string, published: string, sentences: string[]): Story {
  const text = sentences.join(' ');
  return {
    ref,
    fingerprint: `f${ref}`,
    article: { id: `a${ref}`, path: `in/${ref}.md`, kind: 'markdown', title: `Title ${ref}`, source, published, text },
    duplicates: [],
    status: 'new',
    sentences,
    group,
  };
}

describe('assembleDigest', () => {
  it('builds the public JSON contract from the stage outputs, without internal fields', () => {
    const digest = assembleDigest('2026-01-01', 'actor-digest@0.1.0', ingested, deduped, actors, CWD);
    expect(digest.stats).toEqual({ inputs: 2, articles: 1, stories: 1, duplicates: 1, rejected: 1, actors: 1 });
    expect(digest.articles).toEqual([
      { ref: 1, id: 'a1', title: 'Talks resume', source: 'Daily', path: 'in/a.txt', text: 'Body.', duplicates: [{ path: 'in/c.txt' }], status: 'new' },
    ]);
    expect(digest.rejected).toEqual([{ path: 'in/b.txt', reason: 'The file is empty.' }]);
    expect(Object.keys(digest.actors[0]!)).not.toContain('salience');
    expect(digest.mentioned).toEqual([{ id: 'Y', name: 'Yland', kind: 'state', articleRefs: [1] }]);
    expect(Object.keys(digest)).toEqual(['schemaVersion', 'date', 'generator', 'stats', 'articles', 'rejected', 'actors', 'mentioned', 'interactions', 'stories']);
  });

  it('never puts an absolute path into the digest: inside the run folder relative, outside it the file name, URLs as they are', () => {
    const inside = { ...article, path: path.join(CWD, 'in', 'a.txt') };
    const outside = path.resolve('/tmp/elsewhere/004_wire.txt');
    const digest = assembleDigest(
      '2026-01-01',
      'actor-digest@0.1.0',
      { inputs: 3, rejected: [{ path: path.resolve('/home/someone/secret/bad.pdf'), code: 'binary', reason: 'binary file' }] },
      {
        ...deduped,
        stories: [{ ...deduped.stories[0]!, article: inside, duplicates: [{ path: outside, articleId: 'c1' }, { path: 'https://example.org/a', articleId: 'c2' }] }],
      },
      actors,
      CWD,
    );
    expect(digest.articles[0]?.path).toBe('in/a.txt');
    expect(digest.articles[0]?.duplicates.map((d) => d.path)).toEqual(['004_wire.txt', 'https://example.org/a']);
    expect(digest.rejected[0]?.path).toBe('bad.pdf');
    expect(JSON.stringify(digest)).not.toContain(CWD);
  });

  it('gives each story the headline and a lead of its most central article, its outlets, actors and dates', () => {
    const stories = [
      story(1, 'g', 'Daily', '2026-01-01', ['Title 1', 'By Jane Roe', 'Ministers from both countries met in Vienna on Monday to revive the talks.']),
      story(2, 'g', 'Weekly', '2026-01-02', ['Talks resumed in Vienna on Monday after a pause of several months.']),
    ];
    const digest = assembleDigest(
      '2026-01-03',
      'actor-digest@0.1.0',
      { inputs: 2, rejected: [] },
      { stories, groups: [{ id: 'g', refs: [1, 2], centre: 1, firstSeen: '2026-01-01', lastSeen: '2026-01-02', status: 'new' }], duplicates: 0 },
      { actors: [{ ...actors.actors[0]!, articleRefs: [2] }], mentioned: [], interactions: [] },
      CWD,
    );
    expect(digest.stories).toEqual([
      {
        id: 'g',
        headline: 'Title 1',
        lead: { text: 'Ministers from both countries met in Vienna on Monday to revive the talks.', refs: [1] },
        articleRefs: [1, 2],
        outlets: ['Daily', 'Weekly'],
        actors: ['X'],
        firstSeen: '2026-01-01',
        lastSeen: '2026-01-02',
        status: 'new',
      },
    ]);
  });

  it('ranks stories by independent outlets first, so a story from one outlet never leads a bigger one', () => {
    const stories = [story(1, 'solo', 'Daily', '2026-01-02', ['A long enough sentence about the solo story for a lead.']), story(2, 'pair', 'Daily', '2026-01-01', ['x']), story(3, 'pair', 'Weekly', '2026-01-01', ['y'])];
    const digest = assembleDigest(
      '2026-01-03',
      'actor-digest@0.1.0',
      { inputs: 3, rejected: [] },
      {
        stories,
        groups: [
          { id: 'solo', refs: [1], centre: 1, status: 'new' },
          { id: 'pair', refs: [2, 3], centre: 2, status: 'new' },
        ],
        duplicates: 0,
      },
      // The solo story has the day's most salient actor, and is newer: outlets still come first.
      { actors: [{ ...actors.actors[0]!, articleRefs: [1] }], mentioned: [], interactions: [] },
      CWD,
    );
    expect(digest.stories.map((s) => s.id)).toEqual(['pair', 'solo']);
  });
});
