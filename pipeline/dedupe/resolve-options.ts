import type { DedupeOptions } from '../types.js';

/**
 * Default Jaccard of word 3-shingles for "same story". Re-scrapes measure
 * 0.80-0.84, edits of 5 % of words 0.76-0.79, of 10 % 0.59-0.63, distinct
 * articles on one event at most 0.03 (test/dedupe/measure.ts prints them);
 * 0.5 sits in the gap with room on both sides.
 */
export const DEFAULT_SIMILARITY = 0.5;

/**
 * Default containment (share of the shorter article's shingles found in the
 * longer) for "same story": a copy truncated to 60 % measures about 1.0, and
 * one with 5 % edits besides about 0.85; distinct articles stay under 0.15.
 */
export const DEFAULT_CONTAINMENT = 0.8;

/**
 * Default Jaccard of two sentences' content words for "same claim". In
 * test/dedupe/merge-claims.test.ts a reworded statement (words reordered, one
 * swapped) measures 0.82 and two different statements by one speaker about
 * one country 0.31; 0.6 sits between.
 */
export const DEFAULT_CLAIM_SIMILARITY = 0.6;

/** Default days the ledger keeps a story after it was last briefed: a quarter covers a long-running story. */
export const DEFAULT_RETENTION_DAYS = 90;

/**
 * Default story-group window, days: the same event is reported over a news
 * cycle of two or three days (BASIL's three outlets per event published
 * within 0-2 days, once 4), while a later event with the same people is
 * usually days or weeks apart.
 */
export const DEFAULT_GROUP_WINDOW_DAYS = 3;

/** DedupeOptions with every default filled in. */
export interface ResolvedDedupeOptions {
  readonly date: string;
  readonly similarity: number;
  readonly containment: number;
  readonly claimSimilarity: number;
  readonly retentionDays: number;
  readonly groupWindowDays: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Fill in defaults and check ranges; a bad option is a programmer or config error, so it throws. */
export function resolveOptions(options: DedupeOptions): ResolvedDedupeOptions {
  if (!ISO_DATE.test(options.date)) throw new Error(`Cannot dedupe: got date ${JSON.stringify(options.date)}, expected YYYY-MM-DD`);
  const resolved = {
    date: options.date,
    similarity: options.similarity ?? DEFAULT_SIMILARITY,
    containment: options.containment ?? DEFAULT_CONTAINMENT,
    claimSimilarity: options.claimSimilarity ?? DEFAULT_CLAIM_SIMILARITY,
    retentionDays: options.retentionDays ?? DEFAULT_RETENTION_DAYS,
    groupWindowDays: options.groupWindowDays ?? DEFAULT_GROUP_WINDOW_DAYS,
  };
  for (const name of ['similarity', 'containment', 'claimSimilarity'] as const) {
    const value = resolved[name];
    if (!(value > 0 && value <= 1)) throw new Error(`Cannot dedupe: got ${name} ${value}, expected a number in (0, 1]`);
  }
  if (!Number.isInteger(resolved.retentionDays) || resolved.retentionDays < 1) {
    throw new Error(`Cannot dedupe: got retentionDays ${resolved.retentionDays}, expected a whole number of days >= 1`);
  }
  if (!Number.isInteger(resolved.groupWindowDays) || resolved.groupWindowDays < 0) {
    throw new Error(`Cannot dedupe: got groupWindowDays ${resolved.groupWindowDays}, expected a whole number of days >= 0`);
  }
  return resolved;
}
