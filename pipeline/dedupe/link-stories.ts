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

/**
 * A group under construction: its members, the sum of their vectors (made
 * only once a second member joins: most stories stay alone, and a map per
 * story would hold gigabytes at 100,000), its dated span, and whether a
 * member is undated.
 */
interface Cluster {
  readonly members: number[];
  sum: Map<number, number> | undefined;
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
 * story fits any span, but joins only on the stricter undated threshold.
 * Returns each story's group as the index of its first member, so the result
 * does not depend on merge order bookkeeping.
 */
export function linkStories(
  vectors: readonly SparseVector[],
  days: readonly (number | undefined)[],
  pairs: readonly StoryPair[],
  options: LinkOptions,
): Int32Array {
  const clusterOf = new Int32Array(vectors.length);
  const clusters: (Cluster | undefined)[] = vectors.map((_, i) => {
    clusterOf[i] = i;
    const day = days[i];
    return { members: [i], sum: undefined, first: day ?? Infinity, last: day ?? -Infinity, undated: day === undefined };
  });
  const sumOf = (cluster: Cluster): ReadonlyMap<number, number> | SparseVector => cluster.sum ?? vectors[cluster.members[0]!]!;
  for (const { a, b, similarity } of pairs) {
    const ca = clusterOf[a]!;
    const cb = clusterOf[b]!;
    if (ca === cb) continue;
    const x = clusters[ca]!;
    const y = clusters[cb]!;
    if (x.members.length + y.members.length > MAX_GROUP_STORIES) continue;
    if (Math.max(x.last, y.last) - Math.min(x.first, y.first) > options.windowDays) continue;
    const threshold = x.undated || y.undated ? options.undatedThreshold : options.threshold;
    // Two single stories: their mean cosine is the pair's own.
    const mean = x.members.length === 1 && y.members.length === 1 ? similarity : sumDot(sumOf(x), sumOf(y)) / (x.members.length * y.members.length);
    if (mean < threshold) continue;
    // The smaller index keeps the cluster, so the survivor never depends on which pair came first.
    const [kept, dropped] = ca < cb ? [ca, cb] : [cb, ca];
    const keep = clusters[kept]!;
    const drop = clusters[dropped]!;
    const sum = keep.sum ?? toMap(vectors[keep.members[0]!]!);
    for (const [id, weight] of entries(sumOf(drop))) sum.set(id, (sum.get(id) ?? 0) + weight);
    keep.sum = sum;
    for (const member of drop.members) {
      keep.members.push(member);
      clusterOf[member] = kept;
    }
    keep.first = Math.min(keep.first, drop.first);
    keep.last = Math.max(keep.last, drop.last);
    keep.undated ||= drop.undated;
    clusters[dropped] = undefined;
  }
  return clusterOf;
}

function toMap(vector: SparseVector): Map<number, number> {
  return new Map(Array.from(vector.ids, (id, k) => [id, vector.weights[k]!] as const));
}

function entries(sum: ReadonlyMap<number, number> | SparseVector): Iterable<readonly [number, number]> {
  return sum instanceof Map ? sum : Array.from((sum as SparseVector).ids, (id, k) => [id, (sum as SparseVector).weights[k]!] as const);
}

/** Dot product of two summed vectors (a map, or one story's own vector), iterating the smaller. */
function sumDot(x: ReadonlyMap<number, number> | SparseVector, y: ReadonlyMap<number, number> | SparseVector): number {
  const sizeOf = (v: ReadonlyMap<number, number> | SparseVector): number => (v instanceof Map ? v.size : (v as SparseVector).ids.length);
  const [small, large] = sizeOf(x) <= sizeOf(y) ? [x, y] : [y, x];
  const lookup = large instanceof Map ? large : toMap(large as SparseVector);
  let sum = 0;
  for (const [id, weight] of entries(small)) {
    const other = lookup.get(id);
    if (other !== undefined) sum += weight * other;
  }
  return sum;
}
