/**
 * MurmurHash3's finaliser: spreads every input bit over every output bit, so
 * the bins and bands cut from a hash are independent of how the words were spelt.
 */
export function fmix32(value: number): number {
  let h = value ^ (value >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
