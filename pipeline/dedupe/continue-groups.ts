import { dayNumber } from './day-number.js';
import type { GroupOptions } from './group-stories.js';
import type { PriorGroup } from './prior-groups.js';
import { dot } from './story-candidates.js';
import { termKey } from './term-key.js';
import type { SparseVector, WeighedProfiles } from './weigh-profiles.js';

/**
 * Least cosine between a group of today and the stored names and terms of a
 * group an earlier digest briefed, for today's coverage to continue it.
 * Stored terms are few and unweighted, so the scale differs from
 * GROUP_SIMILARITY. Checked on BASIL 2010-2012 split over two days (two
 * outlets of each event on the first, the third outlet on the second): 0.25
 * continues 27 of 30 events rightly and 1 wrongly (two Michael Steele events
 * of one day), leaving 2 new; 0.2 continues 29 with the same wrong one, 0.35
 * only 14.
 */
export const CONTINUE_SIMILARITY = 0.25;
/** Stored terms a group of today must share with an earlier group before their cosine is computed. */
const MIN_SHARED_PRIOR_TERMS = 2;
/** A stored term found in more earlier groups than this is no blocking key (as MAX_BLOCK_FREQUENCY for today's pairs). */
const MAX_PRIORS_PER_TERM = 64;

/**
 * For each group, the earlier group it continues, if any, each earlier group
 * continued by at most one group of today: first through a developing member
 * (the smallest prior id among them), then by the cosine between the group's
 * centroid and the earlier group's stored terms, best match first, within
 * `windowDays` of the earlier group's last briefing.
 */
export function continueGroups(
  groups: readonly { readonly members: readonly number[]; readonly centroid: SparseVector }[],
  inputs: readonly { readonly priorGroup?: string }[],
  priors: readonly PriorGroup[],
  profiles: WeighedProfiles,
  options: GroupOptions,
): (PriorGroup | undefined)[] {
  const result: (PriorGroup | undefined)[] = groups.map(() => undefined);
  const byId = new Map(priors.map((prior) => [prior.id, prior]));
  const taken = new Set<string>();
  groups.forEach((group, g) => {
    const direct = group.members.map((i) => inputs[i]!.priorGroup).filter((id): id is string => id !== undefined && !taken.has(id)).sort()[0];
    if (direct === undefined) return;
    taken.add(direct);
    result[g] = byId.get(direct) ?? { id: direct, terms: [], since: options.date, lastDate: options.date };
  });
  const today = dayNumber(options.date)!;
  const recent = priors.filter((prior) => !taken.has(prior.id) && today - dayNumber(prior.lastDate)! <= options.windowDays && prior.terms.length > 0);
  if (recent.length === 0) return result;
  // Blocking as for today's pairs: only earlier groups that share two of their stored terms with a group's features are scored.
  // Stored terms and today's features meet by termKey: the ledger keeps terms as hashes.
  const byTerm = new Map<string, number[]>();
  recent.forEach((prior, p) => {
    for (const term of new Set(prior.terms.map(termKey))) {
      let list = byTerm.get(term);
      if (list === undefined) byTerm.set(term, (list = []));
      list.push(p);
    }
  });
  const idOf = new Map<string, number>();
  // Today's features' keys, hashed on first use: a large day's vocabulary has far more features than its groups touch.
  const keys: (string | undefined)[] = [];
  const matches: { g: number; prior: PriorGroup; score: number }[] = [];
  groups.forEach((group, g) => {
    if (result[g] !== undefined) return;
    const shared = new Map<number, number>();
    for (const id of group.centroid.ids) {
      const list = byTerm.get((keys[id] ??= termKey(profiles.vocabulary[id]!)));
      if (list === undefined || list.length > MAX_PRIORS_PER_TERM) continue;
      for (const p of list) shared.set(p, (shared.get(p) ?? 0) + 1);
    }
    for (const [p, count] of shared) {
      if (count < MIN_SHARED_PRIOR_TERMS) continue;
      const prior = recent[p]!;
      const score = priorScore(group.centroid, prior.terms, termId(idOf, profiles.vocabulary));
      if (score >= CONTINUE_SIMILARITY) matches.push({ g, prior, score });
    }
  });
  matches.sort((x, y) => y.score - x.score || x.g - y.g || (x.prior.id < y.prior.id ? -1 : 1));
  for (const { g, prior } of matches) {
    if (result[g] !== undefined || taken.has(prior.id)) continue;
    taken.add(prior.id);
    result[g] = prior;
  }
  return result;
}

/** Feature ids by termKey, built on first use (only runs with earlier groups to continue need it). */
function termId(cache: Map<string, number>, vocabulary: readonly string[]): ReadonlyMap<string, number> {
  if (cache.size === 0) vocabulary.forEach((feature, id) => cache.set(termKey(feature), id));
  return cache;
}

/** Cosine between a unit centroid and the uniform vector over stored terms. */
function priorScore(unit: SparseVector, terms: readonly string[], idOf: ReadonlyMap<string, number>): number {
  const ids = [...new Set(terms.map((term) => idOf.get(termKey(term))).filter((id): id is number => id !== undefined))].sort((a, b) => a - b);
  const weight = 1 / Math.sqrt(terms.length);
  return dot(unit, { ids: Int32Array.from(ids), weights: new Float64Array(ids.length).fill(weight) });
}
