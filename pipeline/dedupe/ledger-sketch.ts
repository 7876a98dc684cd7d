/**
 * Sketch values a ledger entry keeps per briefing: the first 32 of the 128
 * bins (256 hex digits). Enough to recognise a later copy at Jaccard >= 0.5
 * (16 bands of 2 rows: found with probability 0.99) while a 100k-story day
 * adds 26 MB to the ledger rather than 100 MB.
 */
export const LEDGER_SKETCH_BINS = 32;

/** The first LEDGER_SKETCH_BINS values of a signature as hex, 8 digits each. */
export function ledgerSketch(signatures: Uint32Array, start: number): string {
  // Joined once from parts: `+=` leaves a rope of 32 nodes per story alive as long as the ledger is.
  const parts = new Array<string>(LEDGER_SKETCH_BINS);
  for (let i = 0; i < LEDGER_SKETCH_BINS; i++) parts[i] = signatures[start + i]!.toString(16).padStart(8, '0');
  return parts.join('');
}
