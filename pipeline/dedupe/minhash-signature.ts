import { fmix32 } from './fmix32.js';

/**
 * Bins of the one-permutation MinHash sketch. 128 values estimate Jaccard
 * within about ±0.045 (one standard deviation at J = 0.5), enough to prefilter
 * candidates with a margin, and give 42 bands of 3 rows for LSH.
 */
export const SIGNATURE_BINS = 128;

/** log2(SIGNATURE_BINS): the top bits of a shingle hash pick its bin. */
const BIN_BITS = 7;

/** Odd constant that makes a borrowed value differ per distance, so empty bins never agree by accident. */
const DENSIFY_STEP = 0x9e3779b9;

/** Marks an empty bin before densification (no 32-bit hash reaches it once masked). */
const EMPTY = 0xffffffff;

/**
 * One-permutation hashing (Li, Owen, Zhang 2012) with rotation densification
 * (Shrivastava 2017): one hash per shingle instead of one per bin, so the cost
 * is one pass over the shingles whatever the sketch size. Two sketches agree in
 * a bin with probability close to the Jaccard similarity of the shingle sets.
 *
 * Writes SIGNATURE_BINS values into `out` at `offset`.
 */
export function minhashSignature(shingles: Uint32Array, out: Uint32Array, offset: number): void {
  const end = offset + SIGNATURE_BINS;
  out.fill(EMPTY, offset, end);
  for (let i = 0; i < shingles.length; i++) {
    const h = shingles[i]!;
    const bin = offset + (h >>> (32 - BIN_BITS));
    const value = h & 0x01ffffff;
    if (value < out[bin]!) out[bin] = value;
  }
  if (shingles.length === 0) return;
  // Empty bins borrow from the next filled bin to their right (circularly),
  // mixed with the distance: two sets agree there only if they agree in that bin.
  for (let bin = 0; bin < SIGNATURE_BINS; bin++) {
    if (out[offset + bin] !== EMPTY) continue;
    for (let distance = 1; distance < SIGNATURE_BINS; distance++) {
      const source = out[offset + ((bin + distance) % SIGNATURE_BINS)]!;
      if (source !== EMPTY && source <= 0x01ffffff) {
        out[offset + bin] = 0x02000000 + (fmix32(source + Math.imul(distance, DENSIFY_STEP)) >>> 7);
        break;
      }
    }
  }
}
