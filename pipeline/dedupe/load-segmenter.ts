import { createRequire } from 'node:module';
import { segmentWithIntl } from './segment-with-intl.js';

/** A sentence splitter with sentencex's contract: the pieces, in order, are the whole text. */
export interface Segmenter {
  /** `sentencex` (native, Linux x64 today), or `intl` (the fallback, everywhere). */
  readonly name: 'sentencex' | 'intl';
  readonly segment: (language: string, text: string) => string[];
}

let loaded: Segmenter | undefined;

/**
 * The sentence splitter for this machine, chosen once per process: sentencex
 * where its native build loads (its registry release ships one for Linux x64
 * only), else segmentWithIntl. Loaded on first use, synchronously, so dedupe
 * stays a plain function.
 */
export function loadSegmenter(): Segmenter {
  if (loaded === undefined) {
    try {
      // require, not import: the native module loads synchronously, and a missing one throws here.
      const { segment } = createRequire(import.meta.url)('sentencex') as { segment: Segmenter['segment'] };
      loaded = { name: 'sentencex', segment };
    } catch {
      loaded = { name: 'intl', segment: segmentWithIntl };
    }
  }
  return loaded;
}
