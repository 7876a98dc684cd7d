import type { StoryPair } from './story-candidates.js';
import type { SparseVector } from './weigh-profiles.js';

/** Most stories in one group: past it a "group" is a topic, not an event, and merging costs grow. */
const MAX_GROUP_STORIES = 200;

/** How stories may be joined. */
export interface LinkOptions {
  /** Least mean cosine between every member of one group and every member of the other, when all are dated within the window. */
  readonly threshold: number;
  /** The same, when a member has no date: nothing then says the two are not weeks apart, so the words must say more. */
  readonly undatedThreshold: number;
  /** Most days between the earliest and the latest dated member of a group. */
  readonly windowDays: number;
}

/** A group under construction: summed member vectors (as a map), its dated span, and whether a member is undated. */
interface Cluster {
  readonly members: number[];
  readonly sum: Map<number, number>;
  first: number;
  last: number;
  undated: boolean;
}

/**
 * Average linkage without a full distance matrix: candidate pairs are taken
 * strongest first, and two groups join only when the mean cosine over every
 * cross pair of their members reaches the threshold. With unit vectors that
 * mean is sum(A) . sum(B) / (|A| |B|), so it costs one sparse dot product.
 * One bridging story cannot fuse two events: its own high cosines are
 * outweighed by the low ones between the two events' other members. Dates
 * link completely: a group never spans more than `windowDays`; an undated
 * story fits any span, but joins only on the stricter undated threshold. Returns each story's group as the index of its
 * first member, so the result does not depend on merge order bookkeeping.
 */
export function linkStories(
  vectors: readonly SparseVector[],
  days: readonly (number | undefined)[],
  pairs: readonly StoryPair[],
  options: LinkOptions,
): Int32Array {
  const clusterOf = new Int32Array(vectors.length);
  const clusters: (Cluster | undefined)[] = vectors.map((vector, i) => {
    clusterOf[i] = i;
    const day = days[i];
    return {
      members: [i],
      sum: new Map(Array.from(vector.ids, (id, k) => [id, vector.weights[k]!] as const)),
      first: day ?? Infinity,
      last: day ?? -Infinity,
      undated: day === undefined,
    };
  });
  for (const { a, b } of pairs) {
    const ca = clusterOf[a]!;
    const cb = clusterOf[b]!;
    if (ca === cb) continue;
    const x = clusters[ca]!;
    const y = clusters[cb]!;
    if (x.members.length + y.members.length > MAX_GROUP_STORIES) continue;
    if (Math.max(x.last, y.last) - Math.min(x.first, y.first) > options.windowDays) continue;
    const threshold = x.undated || y.undated ? options.undatedThreshold : options.threshold;
    if (sumDot(x.sum, y.sum) / (x.members.length * y.members.length) < threshold) continue;
    // The smaller index keeps the cluster, so the survivor never depends on which pair came first.
    const [keep, drop] = ca < cb ? [x, y] : [y, x];
    const dropped = ca < cb ? cb : ca;
    for (const member of drop.members) {
      keep.members.push(member);
      clusterOf[member] = ca < cb ? ca : cb;
    }
    for (const [id, weight] of drop.sum) keep.sum.set(id, (keep.sum.get(id) ?? 0) + weight);
    keep.first = Math.min(keep.first, drop.first);
    keep.last = Math.max(keep.last, drop.last);
    keep.undated ||= drop.undated;
    clusters[dropped] = undefined;
  }
  return clusterOf;
}

/** Dot product of two summed vectors, iterating the smaller. */
function sumDot(x: ReadonlyMap<number, number>, y: ReadonlyMap<number, number>): number {
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let sum = 0;
  for (const [id, weight] of small) {
    const other = large.get(id);
    if (other !== undefined) sum += weight * other;
  }
  return sum;
}
