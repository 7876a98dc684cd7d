import { bandCandidates } from './band-candidates.js';
import { fmix32 } from './fmix32.js';

/** Sentences' content-word sets and guards, in flat arrays (see SentenceFeatures). */
export interface TokenSets {
  /** Each set's tokens distinct and ascending; set i is tokens[offsets[i] .. offsets[i + 1]). */
  readonly tokens: Uint32Array;
  readonly offsets: Int32Array;
  /** Sets join only when their guards are equal. */
  readonly guards: readonly string[];
}

/** Bins of a sentence's one-permutation MinHash sketch: 8 bands of 2 rows. */
const SENTENCE_BINS = 16;
const BIN_SHIFT = 28;
const VALUE_MASK = 0x0fffffff;
const EMPTY = 0xffffffff;

/**
 * LSH layout for sentences: 8 bands of 2 bins. A pair at Jaccard 0.6 becomes a
 * candidate with probability about 1 - (1 - 0.6^2)^8 = 0.97, at 0.7 with
 * 0.996. Rows of 2 (not 3) because sentences are short: 10 content words give
 * coarse Jaccard steps. Buckets of over 100 sentences are skipped: on 30k
 * generated articles they were sentences sharing two everyday words, and
 * offering their members cost half of all dedupe time. Recall measured in
 * test/dedupe/link-similar-sentences.test.ts.
 */
const SENTENCE_BANDING = { bands: 8, rows: 2, maxBucket: 100 } as const;

/**
 * Offer pairs among `candidates` (indexes of sets) whose Jaccard is >=
 * `threshold` and whose guards are equal, without comparing all pairs: MinHash
 * LSH finds candidates (one hash per token, one-permutation hashing; each set
 * meets at most 2 others per band, so the work is linear) and the exact
 * Jaccard confirms them. Sets with fewer than `minTokens` tokens take no part.
 * Calls `link(a, b)` with a < b, possibly more than once per pair (callers union).
 *
 * (Prefix filtering, exact in theory, was tried first: its posting lists for
 * everyday words made it quadratic; dedupe of 10k generated articles took
 * 210 s with it and 36 s with the first LSH version, on the same loaded machine.)
 */
export function linkSimilarSentences(
  sets: TokenSets,
  candidates: readonly number[],
  threshold: number,
  minTokens: number,
  link: (a: number, b: number) => void,
): void {
  const { tokens, offsets, guards } = sets;
  const size = (i: number): number => offsets[i + 1]! - offsets[i]!;
  const eligible = candidates.filter((i) => size(i) >= minTokens);
  const sketches = new Uint32Array(eligible.length * SENTENCE_BINS).fill(EMPTY);
  eligible.forEach((set, node) => {
    const start = node * SENTENCE_BINS;
    for (let k = offsets[set]!; k < offsets[set + 1]!; k++) {
      const h = fmix32(tokens[k]!);
      const bin = start + (h >>> BIN_SHIFT);
      if ((h & VALUE_MASK) < sketches[bin]!) sketches[bin] = h & VALUE_MASK;
    }
    // Empty bins borrow the next filled bin's value, salted by the distance (rotation densification).
    for (let bin = 0; bin < SENTENCE_BINS; bin++) {
      if (sketches[start + bin] !== EMPTY) continue;
      for (let distance = 1; distance < SENTENCE_BINS; distance++) {
        const source = sketches[start + ((bin + distance) % SENTENCE_BINS)]!;
        if (source <= VALUE_MASK) {
          sketches[start + bin] = (fmix32(source + Math.imul(distance, 0x9e3779b9)) | 0x10000000) >>> 0;
          break;
        }
      }
    }
  });
  bandCandidates(sketches, SENTENCE_BINS, SENTENCE_BANDING, (nodeA, nodeB) => {
    const a = Math.min(eligible[nodeA]!, eligible[nodeB]!);
    const b = Math.max(eligible[nodeA]!, eligible[nodeB]!);
    if (guards[a] !== guards[b]) return;
    const sizeA = size(a);
    const sizeB = size(b);
    if (sizeA < threshold * sizeB || sizeB < threshold * sizeA) return;
    if (jaccard(tokens, offsets[a]!, sizeA, offsets[b]!, sizeB) >= threshold) link(a, b);
  });
}

/** Exact Jaccard of two ascending distinct runs of `tokens`. */
function jaccard(tokens: Uint32Array, a: number, sizeA: number, b: number, sizeB: number): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < sizeA && j < sizeB) {
    const x = tokens[a + i]!;
    const y = tokens[b + j]!;
    if (x === y) (common++, i++, j++);
    else if (x < y) i++;
    else j++;
  }
  return common / (sizeA + sizeB - common);
}
