import { createHash } from 'node:crypto';
import type { StoryStatus } from '../types.js';
import { continueGroups } from './continue-groups.js';
import { dayNumber } from './day-number.js';
import { describeGroup } from './describe-group.js';
import { linkStories } from './link-stories.js';
import type { PriorGroup } from './prior-groups.js';
import { storyCandidates } from './story-candidates.js';
import { storyProfile } from './story-profile.js';
import { weighProfiles } from './weigh-profiles.js';

/**
 * Least mean cosine between two groups' members for them to be one event,
 * when every member is dated within the window. Calibrated on the BASIL
 * events of 2010-2012 (three US outlets per event, each worded its own way),
 * all 90 articles in one run (test/dedupe/measure-grouping.ts): with every
 * event moved to one day, so that only the words decide, precision is 1 from
 * 0.13 (0.12 merges two events); recall with the real dates is 0.978 at 0.13,
 * 0.956 at 0.14 and 0.911 at 0.15, and on the eval's tune part (each year a
 * digest of its own) 0.967, 0.900 and 0.867. 0.14 keeps a step from both
 * edges. Tuned with the constants of story-profile.ts and weigh-profiles.ts,
 * as a set.
 */
export const GROUP_SIMILARITY = 0.14;
/**
 * The same for a group with an undated member. BBC News articles of a year
 * (files 151 and above), read undated as one day, join on one subject at
 * 0.3-0.4 (two monthly house-price surveys, a club's two transfer stories);
 * from 0.45 what joins is one story or one running case (a takeover bid, a
 * trial). Without dates, recall across outlets drops (BASIL undated: see the
 * measurement), which a missing date has to cost.
 */
export const UNDATED_GROUP_SIMILARITY = 0.45;
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
  const groups = [...byCluster.values()].map((members) => ({ members, ...describeGroup(members, profiles) }));
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
