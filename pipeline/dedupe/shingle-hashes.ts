import { fmix32 } from './fmix32.js';
import { murmurStep } from './murmur-step.js';

/**
 * Words per shingle. 3 keeps a light edit local: changing one word in 20 (5 %)
 * changes at most 3 shingles in 20, so Jaccard of a 5 %-edited copy stays at
 * 0.76-0.79 and of a 10 %-edited one at 0.59-0.63 (test/dedupe/measure.ts),
 * while two distinct articles on the same event share at most 0.03.
 */
export const SHINGLE_WORDS = 3;

/**
 * Hashes of every run of SHINGLE_WORDS consecutive words. A text shorter than
 * that gives one shingle of all its words, so short texts still compare.
 */
export function shingleHashes(words: Uint32Array): Uint32Array {
  if (words.length === 0) return new Uint32Array(0);
  const count = Math.max(1, words.length - SHINGLE_WORDS + 1);
  const width = Math.min(SHINGLE_WORDS, words.length);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0;
    for (let j = 0; j < width; j++) h = murmurStep(h, words[i + j]!);
    out[i] = fmix32(h ^ width);
  }
  return out;
}
