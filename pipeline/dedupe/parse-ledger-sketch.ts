import { LEDGER_SKETCH_BINS, LEDGER_SKETCH_MASK } from './ledger-sketch.js';

const REGEXPS = {
  /** A well-formed stored sketch: LEDGER_SKETCH_BINS values of 4 hex digits (or of 8, as earlier versions stored them). */
  sketch: new RegExp(`^(?:[0-9a-f]{${LEDGER_SKETCH_BINS * 4}}|[0-9a-f]{${LEDGER_SKETCH_BINS * 8}})$`),
} as const;

/** A stored sketch back as numbers (cut to LEDGER_SKETCH_MASK), or undefined when the stored text is malformed (then only article ids match). */
export function parseLedgerSketch(hex: string): Uint32Array | undefined {
  if (!REGEXPS.sketch.test(hex)) return undefined;
  const digits = hex.length / LEDGER_SKETCH_BINS;
  const values = new Uint32Array(LEDGER_SKETCH_BINS);
  for (let i = 0; i < LEDGER_SKETCH_BINS; i++) values[i] = Number.parseInt(hex.slice(i * digits, i * digits + digits), 16) & LEDGER_SKETCH_MASK;
  return values;
}
