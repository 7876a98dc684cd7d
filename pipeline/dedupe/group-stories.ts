import { createHash } from 'node:crypto';
import type { StoryStatus } from '../types.js';
import { linkStories } from './link-stories.js';
import type { PriorGroup } from './prior-groups.js';
import { dot, storyCandidates } from './story-candidates.js';
import { storyProfile } from './story-profile.js';
import { weighProfiles, type SparseVector, type WeighedProfiles } from './weigh-profiles.js';

/**
 * Least mean cosine between two groups' members for them to be one event,
 * when every member is dated within the window. Calibrated on the BASIL
 * events of 2010-2012 (three US outlets per event, each worded its own way)
 * with every event moved to one day, so that only the words and the spread
 * within an event decide: precision is 1 from 0.13 and recall at least 0.9
 * up to 0.16 (test/dedupe/measure-grouping.ts). Tuned with the constants of
 * story-profile.ts and weigh-profiles.ts, as a set.
 */
export const GROUP_SIMILARITY = 0.15;
/**
 * The same for a group with an undated member. BBC News articles of a year
 * (files 151 and above), read undated as one day, join on one subject at
 * 0.3-0.4 (two monthly house-price surveys, a club's two transfer stories);
 * from 0.45 what joins is one story or one running case (a takeover bid, a
 * trial). Without dates, recall across outlets drops (BASIL undated: see the
 * measurement), which a missing date has to cost.
 */
export const UNDATED_GROUP_SIMILARITY = 0.45;
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
/** Names and terms stored per group in the ledger, to recognise its later coverage. */
export const TERMS_PER_GROUP = 12;
/** Stored terms a group of today must share with an earlier group before their cosine is computed. */
const MIN_SHARED_PRIOR_TERMS = 2;
/** A stored term found in more earlier groups than this is no blocking key (as MAX_BLOCK_FREQUENCY for today's pairs). */
const MAX_PRIORS_PER_TERM = 64;

/** One story as grouping needs it. */
export interface GroupInput {
  readonly title: string;
  readonly text: string;
  /** Published date, `YYYY-MM-DD` or a full ISO timestamp. */
  readonly published?: string;
  /** The story's fingerprint: stable across days, so group ids derived from it are. */
  readonly fingerprint: string;
  /** The group an earlier digest put this story in, when the story is developing. */
  readonly priorGroup?: string;
}

/** One group of stories about the same event. */
export interface GroupDraft {
  /** Stable id: kept from an earlier digest's group, or derived from the smallest member fingerprint. */
  readonly id: string;
  /** Indexes into the inputs, ascending. */
  readonly members: readonly number[];
  /** Index of the member closest to all others. */
  readonly centre: number;
  readonly status: StoryStatus;
  /** For a group an earlier digest briefed: the first date it did. */
  readonly since?: string;
  /** Its heaviest names and terms, for the ledger. */
  readonly terms: readonly string[];
}

/** Options for grouping. */
export interface GroupOptions {
  /** The digest date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Most days between a group's earliest and latest dated story, and since an earlier group was last briefed. */
  readonly windowDays: number;
}

/**
 * Group stories that cover the same event across outlets: names and salient
 * terms weighed by TF-IDF over the day's stories, candidate pairs found by
 * blocking on rare shared features, joined by average linkage within a date
 * window. Then each group continues an earlier digest's group when one of its
 * stories is a developing story of that group, or its words match that
 * group's stored terms (`developing`); otherwise it is `new`. Inputs must
 * come in a fixed order (dedupe sorts them first); groups come in order of
 * their first member.
 */
export function groupStories(inputs: readonly GroupInput[], priors: readonly PriorGroup[], options: GroupOptions): GroupDraft[] {
  const profiles = weighProfiles(inputs.length, (i) => storyProfile(inputs[i]!.title, inputs[i]!.text));
  const days = inputs.map((input) => dayNumber(input.published));
  const pairs = storyCandidates(profiles, GROUP_SIMILARITY);
  const clusterOf = linkStories(profiles.vectors, days, pairs, {
    threshold: GROUP_SIMILARITY,
    undatedThreshold: UNDATED_GROUP_SIMILARITY,
    windowDays: options.windowDays,
  });
  const byCluster = new Map<number, number[]>();
  clusterOf.forEach((cluster, i) => {
    let members = byCluster.get(cluster);
    if (members === undefined) byCluster.set(cluster, (members = []));
    members.push(i);
  });
  const groups = [...byCluster.values()].map((members) => ({ members, ...describe(members, profiles) }));
  const continued = continueGroups(groups, inputs, priors, profiles, options);
  return groups.map((group, g): GroupDraft => {
    const prior = continued[g];
    const smallest = group.members.map((i) => inputs[i]!.fingerprint).sort()[0]!;
    return {
      id: prior?.id ?? createHash('sha256').update(`group\n${smallest}`).digest('hex').slice(0, 16),
      members: group.members,
      centre: group.centre,
      status: prior === undefined ? 'new' : 'developing',
      ...(prior !== undefined && { since: prior.since }),
      terms: group.terms,
    };
  });
}

/**
 * The member closest to the others (ties: the first), the group's heaviest
 * features, and its summed vector as a unit vector (what continuing an
 * earlier group compares). A single story is its own centre and sum, with no
 * map built: most stories stand alone.
 */
function describe(members: readonly number[], profiles: WeighedProfiles): { centre: number; terms: string[]; centroid: SparseVector } {
  let centroid: SparseVector;
  let centre = members[0]!;
  if (members.length === 1) centroid = profiles.vectors[centre]!;
  else {
    const sum = new Map<number, number>();
    for (const i of members) {
      const vector = profiles.vectors[i]!;
      vector.ids.forEach((id, k) => sum.set(id, (sum.get(id) ?? 0) + vector.weights[k]!));
    }
    let best = -Infinity;
    for (const i of members) {
      const vector = profiles.vectors[i]!;
      let closeness = 0;
      vector.ids.forEach((id, k) => (closeness += vector.weights[k]! * (sum.get(id)! - vector.weights[k]!)));
      if (closeness > best) [centre, best] = [i, closeness];
    }
    centroid = unitVector(sum);
  }
  const order = Array.from(centroid.ids.keys()).sort((a, b) => centroid.weights[b]! - centroid.weights[a]! || centroid.ids[a]! - centroid.ids[b]!);
  const terms = order.slice(0, TERMS_PER_GROUP).map((k) => profiles.vocabulary[centroid.ids[k]!]!);
  return { centre, terms, centroid };
}

/**
 * For each group, the earlier group it continues, if any, each earlier group
 * continued by at most one group of today: first through a developing member
 * (the smallest prior id among them), then by the cosine between the group's
 * centroid and the earlier group's stored terms, best match first, within
 * `windowDays` of the earlier group's last briefing.
 */
function continueGroups(
  groups: readonly { readonly members: readonly number[]; readonly centroid: SparseVector }[],
  inputs: readonly GroupInput[],
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
  const byTerm = new Map<string, number[]>();
  recent.forEach((prior, p) => {
    for (const term of new Set(prior.terms)) {
      let list = byTerm.get(term);
      if (list === undefined) byTerm.set(term, (list = []));
      list.push(p);
    }
  });
  const idOf = new Map<string, number>();
  const matches: { g: number; prior: PriorGroup; score: number }[] = [];
  groups.forEach((group, g) => {
    if (result[g] !== undefined) return;
    const shared = new Map<number, number>();
    for (const id of group.centroid.ids) {
      const list = byTerm.get(profiles.vocabulary[id]!);
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

/** Feature ids by text, built on first use (only runs with earlier groups to continue need it). */
function termId(cache: Map<string, number>, vocabulary: readonly string[]): ReadonlyMap<string, number> {
  if (cache.size === 0) vocabulary.forEach((feature, id) => cache.set(feature, id));
  return cache;
}

/** Cosine between a unit centroid and the uniform vector over stored terms. */
function priorScore(unit: SparseVector, terms: readonly string[], idOf: ReadonlyMap<string, number>): number {
  const ids = [...new Set(terms.map((term) => idOf.get(term)).filter((id): id is number => id !== undefined))].sort((a, b) => a - b);
  const weight = 1 / Math.sqrt(terms.length);
  return dot(unit, { ids: Int32Array.from(ids), weights: new Float64Array(ids.length).fill(weight) });
}

function unitVector(sum: ReadonlyMap<number, number>): SparseVector {
  const entries = [...sum].sort((a, b) => a[0] - b[0]);
  const norm = Math.sqrt(entries.reduce((total, [, w]) => total + w * w, 0)) || 1;
  return { ids: Int32Array.from(entries, ([id]) => id), weights: Float64Array.from(entries, ([, w]) => w / norm) };
}

/** Days since 1970 of a `YYYY-MM-DD...` date, or undefined when there is none or it does not parse. */
function dayNumber(published: string | undefined): number | undefined {
  const match = published === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (match === null) return undefined;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(time) ? undefined : time / 86_400_000;
}
