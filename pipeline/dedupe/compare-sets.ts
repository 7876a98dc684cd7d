/** Overlap of two sets of shingles. */
export interface SetOverlap {
  /** |A ∩ B| / |A ∪ B|, 0..1. */
  readonly jaccard: number;
  /** |A ∩ B| / min(|A|, |B|): how much of the shorter one the longer holds, 0..1. */
  readonly containment: number;
}

/** Exact Jaccard and containment of two ascending distinct-value arrays, in one merge. */
export function compareSets(a: Uint32Array, b: Uint32Array): SetOverlap {
  if (a.length === 0 || b.length === 0) return { jaccard: 0, containment: 0 };
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return {
    jaccard: common / (a.length + b.length - common),
    containment: common / Math.min(a.length, b.length),
  };
}
