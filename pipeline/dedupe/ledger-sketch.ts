/**
 * Sketch values a ledger entry keeps per briefing: the first 32 of the 128
 * bins. Enough to recognise a later copy at Jaccard >= 0.5 (16 bands of 2
 * rows: found with probability 0.99).
 */
export const LEDGER_SKETCH_BINS = 32;

/**
 * Bits of each value kept: the low 16. Two different MinHash values agree in
 * them by chance once in 65,536 bins, which moves a Jaccard estimate by far
 * less than its own sampling error (0.09 at 32 bins), and a day of 200 stories
 * stores 13 KB of sketches instead of 26 KB.
 */
export const LEDGER_SKETCH_MASK = 0xffff;

/** The first LEDGER_SKETCH_BINS values of a signature, cut to LEDGER_SKETCH_MASK, as hex, 4 digits each. */
export function ledgerSketch(signatures: Uint32Array, start: number): string {
  // Joined once from parts: `+=` leaves a rope of 32 nodes per story alive as long as the ledger is.
  const parts = new Array<string>(LEDGER_SKETCH_BINS);
  for (let i = 0; i < LEDGER_SKETCH_BINS; i++) parts[i] = (signatures[start + i]! & LEDGER_SKETCH_MASK).toString(16).padStart(4, '0');
  return parts.join('');
}
