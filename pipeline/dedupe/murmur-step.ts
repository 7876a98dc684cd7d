/**
 * One MurmurHash3 body step: folds a 32-bit value into a running hash. Used to
 * hash sequences of word hashes (shingles, band keys, sentences) without building strings.
 */
export function murmurStep(hash: number, value: number): number {
  let k = Math.imul(value, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  let h = hash ^ k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) >>> 0;
}
