import { LEDGER_SKETCH_BINS, LEDGER_SKETCH_MASK } from './ledger-sketch.js';

/** A stored sketch back as numbers (cut to LEDGER_SKETCH_MASK), or undefined when the stored text is malformed (then only article ids match). */
export function parseLedgerSketch(hex: string): Uint32Array | undefined {
  // LEDGER_SKETCH_BINS values of 4 hex digits, or of 8 as earlier versions stored them.
  if (hex.length !== LEDGER_SKETCH_BINS * 4 && hex.length !== LEDGER_SKETCH_BINS * 8) return undefined;
  const digits = hex.length / LEDGER_SKETCH_BINS;
  const values = new Uint32Array(LEDGER_SKETCH_BINS);
  // Read digit by digit: a 90-day ledger holds 17,000 sketches, and slicing and parsing each value showed in a run's profile.
  for (let i = 0, at = 0; i < LEDGER_SKETCH_BINS; i++) {
    let value = 0;
    for (let d = 0; d < digits; d++, at++) {
      const nibble = hexValue(hex.charCodeAt(at));
      if (nibble < 0) return undefined;
      value = value * 16 + nibble;
    }
    values[i] = value & LEDGER_SKETCH_MASK;
  }
  return values;
}

/** The value of one lower-case hex digit, or -1. */
function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}
