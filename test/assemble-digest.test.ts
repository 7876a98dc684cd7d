import { describe, expect, it } from 'vitest';
import { assembleDigest } from '../pipeline/assemble-digest.js';
import type { ActorOutput, Article, DedupeOutput, IngestOutput } from '../pipeline/types.js';

const article: Article = { id: 'a1', path: 'in/a.txt', kind: 'text', title: 'Talks resume', source: 'Daily', text: 'Body.' };
const ingested: IngestOutput = { articles: [article], rejected: [{ path: 'in/b.txt', code: 'empty', reason: 'The file is empty.' }], inputs: 2 };
const deduped: DedupeOutput = {
  stories: [{ ref: 1, fingerprint: 'f', article, duplicates: [{ path: 'in/c.txt', articleId: 'c1' }], status: 'new', sentences: ['Body.'] }],
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

describe('assembleDigest', () => {
  it('builds the public JSON contract from the stage outputs, without internal fields', () => {
    const digest = assembleDigest('2026-01-01', 'actor-digest@0.1.0', ingested, deduped, actors);
    expect(digest.stats).toEqual({ inputs: 2, articles: 1, duplicates: 1, rejected: 1, actors: 1 });
    expect(digest.articles).toEqual([
      { ref: 1, id: 'a1', title: 'Talks resume', source: 'Daily', path: 'in/a.txt', text: 'Body.', duplicates: [{ path: 'in/c.txt' }], status: 'new' },
    ]);
    expect(digest.rejected).toEqual([{ path: 'in/b.txt', reason: 'The file is empty.' }]);
    expect(Object.keys(digest.actors[0]!)).not.toContain('salience');
    expect(digest.mentioned).toEqual([{ id: 'Y', name: 'Yland', kind: 'state' }]);
    expect(Object.keys(digest)).toEqual(['schemaVersion', 'date', 'generator', 'stats', 'articles', 'rejected', 'actors', 'mentioned', 'interactions']);
  });
});
