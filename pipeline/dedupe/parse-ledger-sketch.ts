import { LEDGER_SKETCH_BINS } from './ledger-sketch.js';

const REGEXPS = {
  /** A well-formed stored sketch: LEDGER_SKETCH_BINS values of 8 hex digits. */
  sketch: new RegExp(`^[0-9a-f]{${LEDGER_SKETCH_BINS * 8}}$`),
} as const;

/** A stored sketch back as numbers, or undefined when the stored text is malformed (then only article ids match). */
export function parseLedgerSketch(hex: string): Uint32Array | undefined {
  if (!REGEXPS.sketch.test(hex)) return undefined;
  const values = new Uint32Array(LEDGER_SKETCH_BINS);
  for (let i = 0; i < LEDGER_SKETCH_BINS; i++) values[i] = Number.parseInt(hex.slice(i * 8, i * 8 + 8), 16);
  return values;
}
