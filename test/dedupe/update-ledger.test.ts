import { describe, expect, it } from 'vitest';
import { updateLedger } from '../../pipeline/dedupe/update-ledger.js';
import type { Ledger } from '../../pipeline/types.js';

const briefing = (date: string, articles: string[], claims: string[]) => ({ date, articles, claims, sketch: '', shingles: 0 });

describe('updateLedger', () => {
  const start: Ledger = {
    version: 1,
    entries: [
      { fingerprint: 'b', date: '2026-01-01', lastDate: '2026-01-01', title: 'Old', articles: ['x'], claims: ['c1'], briefings: [briefing('2026-01-01', ['x'], ['c1'])] },
      { fingerprint: 'a', date: '2026-03-01', lastDate: '2026-03-01', title: 'A', articles: ['y'], claims: ['c2'], briefings: [briefing('2026-03-01', ['y'], ['c2'])] },
    ],
  };

  it('adds today, keeps the first title and date, unions ids, and sorts by fingerprint', () => {
    const next = updateLedger(start, [{ fingerprint: 'a', title: 'A again', briefing: briefing('2026-03-02', ['y', 'z'], ['c3']) }], '2026-03-02', 90);
    expect(next.entries.map((entry) => entry.fingerprint)).toEqual(['a', 'b']);
    expect(next.entries[0]).toMatchObject({ date: '2026-03-01', lastDate: '2026-03-02', title: 'A', articles: ['y', 'z'], claims: ['c2', 'c3'] });
  });

  it('replaces a briefing of the same date instead of adding a second one', () => {
    const once = updateLedger(start, [{ fingerprint: 'c', title: 'C', briefing: briefing('2026-03-02', ['q'], ['c9']) }], '2026-03-02', 90);
    const twice = updateLedger(once, [{ fingerprint: 'c', title: 'C', briefing: briefing('2026-03-02', ['q'], ['c9']) }], '2026-03-02', 90);
    expect(twice).toEqual(once);
  });

  it('drops entries last briefed more than the retention before today (Jan 1 is 89 days before Mar 31)', () => {
    expect(updateLedger(start, [], '2026-03-31', 88).entries.map((entry) => entry.fingerprint)).toEqual(['a']);
    expect(updateLedger(start, [], '2026-03-31', 89).entries.map((entry) => entry.fingerprint)).toEqual(['a', 'b']);
  });
});

describe('updateLedger on a rerun', () => {
  it('takes back a briefing of the same date that the rerun no longer makes', () => {
    const empty: Ledger = { version: 1, entries: [] };
    const twoStories = updateLedger(
      empty,
      [
        { fingerprint: 'a', title: 'A', briefing: briefing('2026-03-02', ['x'], ['c1']) },
        { fingerprint: 'b', title: 'B', briefing: briefing('2026-03-02', ['y'], ['c2']) },
      ],
      '2026-03-02',
      90,
    );
    const rerun = updateLedger(twoStories, [{ fingerprint: 'a', title: 'A', briefing: briefing('2026-03-02', ['x'], ['c1']) }], '2026-03-02', 90);
    expect(rerun).toEqual(updateLedger(empty, [{ fingerprint: 'a', title: 'A', briefing: briefing('2026-03-02', ['x'], ['c1']) }], '2026-03-02', 90));
  });
});
