import type { Ledger } from '../types.js';

/** A story group as the ledger knew it before the digest date. */
export interface PriorGroup {
  /** The group id, kept by the group's later coverage. */
  readonly id: string;
  /** Its heaviest names and terms when it was last briefed. */
  readonly terms: readonly string[];
  /** The first digest date that briefed it, `YYYY-MM-DD`. */
  readonly since: string;
  /** The last digest date that briefed it, `YYYY-MM-DD`. */
  readonly lastDate: string;
}

/**
 * The story groups earlier digests briefed, from the `group` and `terms` of
 * the ledger's briefings dated before `date` (so a rerun sees what the first
 * run saw): one per group id, with the terms of its latest briefing. Sorted by id.
 */
export function priorGroups(ledger: Ledger, date: string): PriorGroup[] {
  const groups = new Map<string, { terms: readonly string[]; termsDate: string; since: string; lastDate: string }>();
  for (const entry of ledger.entries) {
    for (const briefing of entry.briefings ?? []) {
      if (briefing.date >= date || briefing.group === undefined) continue;
      const known = groups.get(briefing.group);
      const terms = briefing.terms === undefined ? undefined : briefing.terms.split(' ').filter(Boolean);
      if (known === undefined) {
        groups.set(briefing.group, { terms: terms ?? [], termsDate: terms ? briefing.date : '', since: briefing.date, lastDate: briefing.date });
        continue;
      }
      if (terms && briefing.date > known.termsDate) Object.assign(known, { terms, termsDate: briefing.date });
      if (briefing.date < known.since) known.since = briefing.date;
      if (briefing.date > known.lastDate) known.lastDate = briefing.date;
    }
  }
  return [...groups]
    .map(([id, { terms, since, lastDate }]) => ({ id, terms, since, lastDate }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
