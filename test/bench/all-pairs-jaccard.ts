/** How far a time-boxed peer got. */
export interface PeerPairs {
  /** Index pairs judged the same story. */
  readonly pairs: [number, number][];
  /** False when the deadline stopped it. */
  readonly done: boolean;
  /** Share of the work done (0..1), to project the full time when it did not finish. */
  readonly progress: number;
}

/** Check the clock every this many pairs: often enough to stop within a second, rarely enough to cost nothing. */
const CLOCK_EVERY = 4096;

/**
 * The straightforward baseline: every pair of shingle sets, exact Jaccard and
 * containment by merging two sorted arrays, the same two thresholds as ours.
 * n(n-1)/2 comparisons: the quadratic cost the pipeline must avoid.
 */
export function allPairsJaccard(sets: readonly Uint32Array[], similarity: number, containment: number, deadline: number): PeerPairs {
  const pairs: [number, number][] = [];
  const total = (sets.length * (sets.length - 1)) / 2;
  let compared = 0;
  for (let i = 0; i < sets.length; i++) {
    const a = sets[i]!;
    for (let j = i + 1; j < sets.length; j++) {
      const b = sets[j]!;
      const shared = intersectionSize(a, b);
      const union = a.length + b.length - shared;
      const smaller = Math.min(a.length, b.length);
      if ((union > 0 && shared / union >= similarity) || (smaller > 0 && shared / smaller >= containment)) pairs.push([i, j]);
      if (++compared % CLOCK_EVERY === 0 && performance.now() > deadline) return { pairs, done: false, progress: compared / total };
    }
  }
  return { pairs, done: true, progress: 1 };
}

function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}
