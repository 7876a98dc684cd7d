import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { subDays } from 'date-fns/subDays';
import type { Ledger, LedgerBriefing, LedgerEntry } from '../types.js';

/** What today's digest briefed of one story, for the ledger. */
export interface BriefedRecord {
  readonly fingerprint: string;
  /** Title of today's canonical article. */
  readonly title: string;
  readonly briefing: LedgerBriefing;
}

/**
 * The ledger to store after today's digest. Today's briefings replace every
 * briefing an earlier run for the same date recorded (a story that run briefed
 * and this one does not loses it, and an entry left with no briefing goes), so
 * the ledger after a rerun is the ledger the rerun alone would have written.
 * Briefings dated more than `retentionDays` before today are dropped, and an
 * entry left with none: the ledger keeps one file per date (deliver), and a
 * date's file goes whole once it is past the retention.
 * Sorted by fingerprint.
 */
export function updateLedger(ledger: Ledger, briefed: readonly BriefedRecord[], date: string, retentionDays: number): Ledger {
  const cutoff = format(subDays(parseISO(date), retentionDays), 'yyyy-MM-dd');
  const today = new Map(briefed.map((record) => [record.fingerprint, record]));
  const entries = new Map<string, LedgerEntry>();
  for (const entry of ledger.entries) {
    const record = today.get(entry.fingerprint);
    // Most entries are untouched by today: kept as they are, not rebuilt (a 90-day ledger holds 17,000).
    if (record === undefined && (entry.briefings === undefined || entry.briefings.every((briefing) => briefing.date !== date && briefing.date >= cutoff))) {
      entries.set(entry.fingerprint, entry);
      continue;
    }
    const kept = briefingsOf(entry).filter((briefing) => briefing.date !== date && briefing.date >= cutoff);
    const title = entry.date < date ? entry.title : (record?.title ?? entry.title);
    const rebuilt = withBriefings(entry.fingerprint, title, record === undefined ? kept : [...kept, record.briefing]);
    if (rebuilt !== undefined) entries.set(entry.fingerprint, rebuilt);
  }
  for (const record of briefed) {
    if (!entries.has(record.fingerprint)) entries.set(record.fingerprint, withBriefings(record.fingerprint, record.title, [record.briefing])!);
  }
  const kept = [...entries.values()].filter((entry) => entry.lastDate >= cutoff);
  kept.sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
  return { version: 1, entries: kept };
}

/** An entry from its briefings (sorted by date here), or undefined when none is left. */
function withBriefings(fingerprint: string, title: string, briefings: readonly LedgerBriefing[]): LedgerEntry | undefined {
  if (briefings.length === 0) return undefined;
  const sorted = [...briefings].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    fingerprint,
    date: sorted[0]!.date,
    lastDate: sorted[sorted.length - 1]!.date,
    title,
    articles: sortedUnion(sorted.map((briefing) => briefing.articles)),
    claims: sortedUnion(sorted.map((briefing) => briefing.claims)),
    briefings: sorted,
  };
}

/** An entry's briefings; an entry written without them counts as one briefing on its first date. */
function briefingsOf(entry: LedgerEntry): readonly LedgerBriefing[] {
  if (entry.briefings !== undefined) return entry.briefings;
  return [{ date: entry.date, articles: entry.articles, claims: entry.claims, sketch: '', shingles: 0 }];
}

/** Union of sorted distinct lists, sorted; one list (the common case: a first briefing) is returned as it is. */
function sortedUnion(lists: readonly (readonly string[])[]): readonly string[] {
  if (lists.length === 1) return lists[0]!;
  return [...new Set(lists.flat())].sort();
}
