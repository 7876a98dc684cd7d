import type { SetOverlap } from './compare-sets.js';

/**
 * Jaccard and containment estimated from two sketches: Jaccard is the share of
 * bins that agree; containment follows from it and the two set sizes, since
 * |A ∩ B| = J (|A| + |B|) / (1 + J).
 */
export function estimateOverlap(
  a: Uint32Array,
  aStart: number,
  b: Uint32Array,
  bStart: number,
  bins: number,
  sizes: readonly [number, number],
): SetOverlap {
  let agree = 0;
  for (let i = 0; i < bins; i++) if (a[aStart + i] === b[bStart + i]) agree++;
  const jaccard = agree / bins;
  const smaller = Math.min(sizes[0], sizes[1]);
  const common = (jaccard * (sizes[0] + sizes[1])) / (1 + jaccard);
  return { jaccard, containment: smaller === 0 ? 0 : Math.min(1, common / smaller) };
}
