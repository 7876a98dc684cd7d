import { describe, expect, it } from 'vitest';
import { dedupe } from '../../pipeline/dedupe/index.js';
import type { Article, Ledger } from '../../pipeline/types.js';
import { loadBaseArticles } from '../fixtures/dedupe/load-base-articles.js';
import { makeArticle } from '../fixtures/dedupe/make-article.js';
import { makeVariant } from '../fixtures/dedupe/make-variant.js';

const EMPTY: Ledger = { version: 1, entries: [] };
const UPDATE = 'Late on Tuesday, officials said a second meeting had been scheduled for Thursday morning at the request of both delegations.';

/** A day-later version of a story: another outlet, the same body plus a new closing paragraph. */
function updated(base: Article): Article {
  return makeArticle({ path: `later/${base.path}`, title: `Update: ${base.title}`, source: 'Evening Post', text: `${base.text}\n\n${UPDATE}` });
}

describe('dedupe across days', () => {
  const bases = loadBaseArticles();
  const dayOne = bases.slice(0, 6);
  const first = dedupe(dayOne, EMPTY, { date: '2026-11-21' });

  it('briefs only the new article when the same folder comes back the next day with one more', () => {
    const second = dedupe([...dayOne, bases[6]!], first.ledger, { date: '2026-11-22' });
    expect(second.stories.map((story) => story.article.path)).toEqual([bases[6]!.path]);
    expect(second.stories[0]!.status).toBe('new');
    expect(second.known).toBe(6);
  });

  it('marks a story developing when a new outlet carries it, with its already-briefed claims not fresh', () => {
    const second = dedupe([...dayOne, makeVariant(dayOne[0]!, 'retitle')], first.ledger, { date: '2026-11-22' });
    expect(second.stories).toHaveLength(1);
    const [story] = second.stories;
    expect(story!.status).toBe('developing');
    expect(story!.fingerprint).toBe(first.stories.find((old) => old.article.path === dayOne[0]!.path)!.fingerprint);
    expect(second.claims.length).toBeGreaterThan(0);
    expect(second.claims.every((claim) => !claim.fresh)).toBe(true);
  });

  it('recognises an update that shares no article id by its sketch, keeps the fingerprint, and marks only the new sentence fresh', () => {
    const later = updated(dayOne[0]!);
    const second = dedupe([later], first.ledger, { date: '2026-11-22' });
    const [story] = second.stories;
    expect(story!.status).toBe('developing');
    expect(story!.fingerprint).toBe(first.stories.find((old) => old.article.path === dayOne[0]!.path)!.fingerprint);
    expect(second.claims.filter((claim) => claim.fresh).map((claim) => claim.text)).toEqual([UPDATE]);
  });

  it('briefs a distinct article on an already-briefed event as new, short or long', () => {
    const wire = bases.find((base) => base.path.includes('geneva-talks-wire'))!;
    const analysis = bases.find((base) => base.path.includes('geneva-talks-analysis'))!;
    const dayOneWire = dedupe([wire], EMPTY, { date: '2026-11-21' });
    const brief = makeArticle({ path: 'brief.txt', title: 'Syria talks', text: analysis.text.split('\n\n')[0]! });
    const second = dedupe([wire, analysis, brief], dayOneWire.ledger, { date: '2026-11-22' });
    expect(second.stories.map((story) => [story.article.path, story.status])).toEqual([
      [analysis.path, 'new'],
      ['brief.txt', 'new'],
    ]);
    expect(second.known).toBe(1);
  });

  it('keeps the fingerprint when a fuller copy becomes the canonical', () => {
    const second = dedupe([...dayOne, updated(dayOne[1]!)], first.ledger, { date: '2026-11-22' });
    const [story] = second.stories;
    expect(story!.article.path).toBe(`later/${dayOne[1]!.path}`);
    expect(story!.fingerprint).toBe(first.stories.find((old) => old.article.path === dayOne[1]!.path)!.fingerprint);
  });

  it('reproduces an earlier date exactly from a ledger that has moved on since', () => {
    const second = dedupe([...dayOne, updated(dayOne[0]!), bases[6]!], first.ledger, { date: '2026-11-22' });
    const third = dedupe([...dayOne, bases[7]!], second.ledger, { date: '2026-11-23' });
    const rerunFirst = dedupe(dayOne, third.ledger, { date: '2026-11-21' });
    expect(JSON.stringify({ ...rerunFirst, ledger: undefined })).toBe(JSON.stringify({ ...first, ledger: undefined }));
    const rerunSecond = dedupe([...dayOne, updated(dayOne[0]!), bases[6]!], second.ledger, { date: '2026-11-22' });
    expect(JSON.stringify(rerunSecond)).toBe(JSON.stringify(second));
  });

  it('records today under today, sorted by fingerprint, and drops entries older than the retention', () => {
    expect(first.ledger.entries.map((entry) => entry.fingerprint)).toEqual(first.ledger.entries.map((entry) => entry.fingerprint).sort());
    expect(first.ledger.entries.every((entry) => entry.date === '2026-11-21' && entry.lastDate === '2026-11-21')).toBe(true);
    const kept = dedupe([], first.ledger, { date: '2026-12-01', retentionDays: 10 });
    expect(kept.ledger.entries).toHaveLength(6);
    const dropped = dedupe([], first.ledger, { date: '2026-12-02', retentionDays: 10 });
    expect(dropped.ledger.entries).toHaveLength(0);
    const again = dedupe(dayOne, dropped.ledger, { date: '2026-12-02', retentionDays: 10 });
    expect(again.stories.every((story) => story.status === 'new')).toBe(true);
  });

  it('reads an entry written without per-date briefings as briefed on its first date', () => {
    const legacy: Ledger = {
      version: 1,
      entries: first.ledger.entries.map(({ briefings: _briefings, ...entry }) => entry),
    };
    const second = dedupe(dayOne, legacy, { date: '2026-11-22' });
    expect(second.stories).toHaveLength(0);
    expect(second.known).toBe(6);
  });
});
