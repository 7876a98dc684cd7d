import type { Line } from './classify-line.js';

/**
 * Where the body ends: before a "Related"/"Most read"/"Comments" block heading that has
 * less running text after it than before it (teasers and user comments can be full
 * sentences, so the last prose line alone is not the end). `maxShareAfter` is the largest
 * ratio of prose after the heading to prose before it at which the rest is cut. Returns the last body line index.
 */
export function findBlockCut(lines: readonly Line[], bodyStart: number, lastProse: number, maxShareAfter = 1): number {
  const proseChars = (from: number, to: number): number =>
    lines.slice(from, to + 1).reduce((sum, l) => sum + (l.kind === 'prose' ? l.text.length : 0), 0);
  for (let i = bodyStart + 1; i <= lastProse; i++) {
    if (lines[i]?.kind !== 'heading') continue;
    if (proseChars(i + 1, lastProse) < maxShareAfter * proseChars(bodyStart, i - 1)) {
      let end = i - 1;
      while (end > bodyStart && lines[end]?.kind !== 'prose') end--;
      return end;
    }
  }
  return lastProse;
}
