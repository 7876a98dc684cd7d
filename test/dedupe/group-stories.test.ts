import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dedupe } from '../../pipeline/dedupe/index.js';
import { linkStories } from '../../pipeline/dedupe/link-stories.js';
import { ledgerFiles, readLedger } from '../../pipeline/deliver/ledger-store.js';
import { writeFilesAtomic } from '../../pipeline/deliver/write-files-atomic.js';
import type { SparseVector } from '../../pipeline/dedupe/weigh-profiles.js';
import type { Article, DedupeOutput, Ledger } from '../../pipeline/types.js';
import { eventOf, loadBaseArticles } from '../fixtures/dedupe/load-base-articles.js';
import { makeArticle } from '../fixtures/dedupe/make-article.js';
import { seededRandom } from '../helpers/seeded-random.js';

const EMPTY: Ledger = { version: 1, entries: [] };
const DATE = '2026-11-23';

/** Each group as the sorted events of its articles, e.g. ["chile-runoff", "chile-runoff"]. */
function eventsByGroup(output: DedupeOutput): string[][] {
  return output.groups.map((group) => group.refs.map((ref) => eventOf(output.stories[ref - 1]!.article.path)).sort());
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** A unit vector over feature ids with the given weights (normalised here). */
function vector(weights: Record<number, number>): SparseVector {
  const ids = Object.keys(weights).map(Number).sort((a, b) => a - b);
  const norm = Math.sqrt(ids.reduce((sum, id) => sum + weights[id]! ** 2, 0));
  return { ids: Int32Array.from(ids), weights: Float64Array.from(ids, (id) => weights[id]! / norm) };
}

function dot(x: SparseVector, y: SparseVector): number {
  let sum = 0;
  x.ids.forEach((id, k) => {
    const j = y.ids.indexOf(id);
    if (j >= 0) sum += x.weights[k]! * y.weights[j]!;
  });
  return sum;
}

/** Every pair of vectors with its cosine, strongest first, as storyCandidates hands them on. */
function allPairs(vectors: readonly SparseVector[]) {
  const pairs = [];
  for (let a = 0; a < vectors.length; a++) for (let b = a + 1; b < vectors.length; b++) pairs.push({ a, b, similarity: dot(vectors[a]!, vectors[b]!) });
  return pairs.sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
}

describe('story grouping in dedupe', () => {
  const articles = loadBaseArticles();

  it('puts the articles of one event together, different wording and all, and keeps every event apart', () => {
    const output = dedupe(articles, EMPTY, { date: DATE });
    const groups = eventsByGroup(output);
    for (const events of groups) expect(new Set(events).size).toBe(1);
    expect(groups.map((events) => events[0]).sort()).toEqual(['chile-runoff', 'drought-aid', 'ecb-rates', 'geneva-talks', 'tariffs-trade']);
  });

  it('gives every story one group, refs group by group, and each story the id of its group', () => {
    const output = dedupe(articles, EMPTY, { date: DATE });
    const refs = output.groups.flatMap((group) => group.refs);
    expect(refs).toEqual(output.stories.map((story) => story.ref));
    for (const group of output.groups) {
      expect(group.refs).toEqual(Array.from({ length: group.refs.length }, (_, k) => group.refs[0]! + k));
      expect(group.refs).toContain(group.centre);
      for (const ref of group.refs) expect(output.stories[ref - 1]!.group).toBe(group.id);
      expect(group.firstSeen).toBe('2026-11-20');
    }
  });

  it('gives the same groups, ids and refs whatever order the articles come in', () => {
    const reference = dedupe(articles, EMPTY, { date: DATE });
    for (const seed of [1, 2, 3, 4, 5]) {
      const output = dedupe(shuffled(articles, seed), EMPTY, { date: DATE });
      expect(output.groups).toEqual(reference.groups);
      expect(output.stories.map((story) => story.article.id)).toEqual(reference.stories.map((story) => story.article.id));
    }
  });

  it('keeps coverage apart when its dates are further apart than groupWindowDays', () => {
    const apart = articles.map((article) => (article.path.endsWith('chile-runoff-rival-wire.txt') ? { ...article, published: '2026-11-10' } : article));
    const split = eventsByGroup(dedupe(apart, EMPTY, { date: DATE })).filter((events) => events[0] === 'chile-runoff');
    expect(split).toEqual([['chile-runoff'], ['chile-runoff']]);
    const wide = eventsByGroup(dedupe(apart, EMPTY, { date: DATE, groupWindowDays: 14 })).filter((events) => events[0] === 'chile-runoff');
    expect(wide).toEqual([['chile-runoff', 'chile-runoff']]);
  });
});

describe('linkStories', () => {
  const options = { threshold: 0.3, undatedThreshold: 0.6, windowDays: 3 };

  it('lets no bridging story chain two events into one group', () => {
    // Event A (0, 1) and event B (2, 3) share nothing; the bridge (4) is half of each.
    const vectors = [vector({ 1: 1, 2: 1, 3: 1 }), vector({ 1: 1, 2: 1, 4: 1 }), vector({ 7: 1, 8: 1, 9: 1 }), vector({ 7: 1, 8: 1, 10: 1 }), vector({ 1: 1, 2: 1, 7: 1, 8: 1 })];
    const days = vectors.map(() => 10);
    const groups = linkStories(vectors, days, allPairs(vectors), options);
    expect(groups[0]).toBe(groups[1]);
    expect(groups[2]).toBe(groups[3]);
    expect(groups[0]).not.toBe(groups[2]);
    // Single linkage (any pair above the threshold) would have fused all five.
    expect(allPairs(vectors).filter((p) => p.similarity >= options.threshold).length).toBeGreaterThan(4);
  });

  it('never lets a group span more days than the window, though every pair alone fits', () => {
    const same = vector({ 1: 1, 2: 1, 3: 1 });
    const groups = linkStories([same, same, same], [10, 12, 14], allPairs([same, same, same]), options);
    expect(new Set(groups).size).toBe(2);
  });

  it('joins an undated story only on the stricter undated threshold', () => {
    const a = vector({ 1: 1, 2: 1, 3: 1, 4: 1 });
    const b = vector({ 1: 1, 2: 1, 5: 1, 6: 1 });
    expect(dot(a, b)).toBeCloseTo(0.5);
    expect(new Set(linkStories([a, b], [10, 10], allPairs([a, b]), options)).size).toBe(1);
    expect(new Set(linkStories([a, b], [10, undefined], allPairs([a, b]), options)).size).toBe(2);
  });
});

/**
 * How a ledger reaches the next day: as dedupe handed it on, or written to
 * the ledger's day files and read back, as a real run does.
 */
const CARRIERS: [string, (ledger: Ledger) => Promise<Ledger>][] = [
  ['as dedupe hands it on', async (ledger) => ledger],
  [
    'through the ledger day files',
    async (ledger) => {
      const dir = await mkdtemp(path.join(tmpdir(), 'groups-ledger-'));
      await mkdir(path.join(dir, 'ledger'));
      await writeFilesAtomic(ledgerFiles(dir, ledger, '', true));
      return (await readLedger(dir, '9999-12-31')).ledger;
    },
  ],
];

describe.each(CARRIERS)('story groups across days, the ledger %s', (_carrier, carry) => {
  const articles = loadBaseArticles();
  const isRival = (article: Article): boolean => article.path.endsWith('chile-runoff-rival-wire.txt');
  const day1 = dedupe(articles.filter((article) => !isRival(article)), EMPTY, { date: '2026-11-21' });
  const chile = day1.groups.find((group) => day1.stories[group.refs[0]! - 1]!.article.path.includes('chile'))!;

  it('continues an earlier group when later coverage of the event comes from another outlet in other words', async () => {
    const rival = { ...articles.find(isRival)!, published: '2026-11-21' };
    const day2 = dedupe([rival], await carry(day1.ledger), { date: '2026-11-22' });
    expect(day2.groups).toEqual([{ id: chile.id, refs: [1], centre: 1, firstSeen: '2026-11-21', lastSeen: '2026-11-21', status: 'developing', since: '2026-11-21' }]);
    expect(day2.stories[0]?.group).toBe(chile.id);
  });

  it('continues the group of a story covered again, and keeps it a third day', async () => {
    const chileStory = day1.stories.find((story) => story.group === chile.id)!.article;
    const follow = { ...chileStory, id: `${chileStory.id}-update`, path: 'later/chile-update.txt', text: `${chileStory.text}\n\nOfficials said on Sunday that the count of the last ballots would end within the week.` };
    const day2 = dedupe([follow], await carry(day1.ledger), { date: '2026-11-22' });
    expect(day2.groups).toMatchObject([{ id: chile.id, status: 'developing', since: '2026-11-21' }]);
    const rival = { ...articles.find(isRival)!, published: '2026-11-23' };
    const day3 = dedupe([rival], await carry(day2.ledger), { date: '2026-11-23' });
    expect(day3.groups).toMatchObject([{ id: chile.id, status: 'developing', since: '2026-11-21' }]);
  });

  it('starts a new group for an event no earlier digest briefed, and does not continue one briefed too long ago', async () => {
    const other = makeArticle({
      path: 'new/harbour-fire.txt',
      title: 'Fire closes Rotterdam container terminal',
      source: 'Port Wire',
      published: '2026-11-22',
      text: 'A fire broke out overnight at a container terminal in the port of Rotterdam, halting loading for at least two days, the port authority said on Saturday. No one was hurt. Firefighters from three towns fought the blaze, which began in a warehouse storing paper rolls, and shipping lines diverted vessels to Antwerp and Hamburg.',
    });
    const fresh = dedupe([other], await carry(day1.ledger), { date: '2026-11-22' });
    expect(fresh.groups[0]?.status).toBe('new');
    const rival = articles.find(isRival)!;
    const late = dedupe([{ ...rival, published: '2026-12-20' }], await carry(day1.ledger), { date: '2026-12-20' });
    expect(late.groups[0]).toMatchObject({ status: 'new' });
    expect(late.groups[0]?.id).not.toBe(chile.id);
  });

  it('gives the same groups when a day is run again', async () => {
    const rival = { ...articles.find(isRival)!, published: '2026-11-21' };
    const first = dedupe([rival], await carry(day1.ledger), { date: '2026-11-22' });
    const again = dedupe([rival], await carry(first.ledger), { date: '2026-11-22' });
    expect(again.groups).toEqual(first.groups);
    expect(await carry(again.ledger)).toEqual(await carry(first.ledger));
  });
});
