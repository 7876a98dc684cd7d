import type { Token } from '../model.js';

/** Most sentences one quotation runs over; a mark left open longer is a stray one. */
const MAX_QUOTE_SENTENCES = 6;

const OPENING = new Set(['“', '«']);
const CLOSING = new Set(['”', '»']);

/**
 * Quotations that run over several sentences, as [first, last] sentence
 * indexes: “We agreed. It took a year,” he said. is [0, 1]. Straight marks
 * open and close in turn; a closing mark with none open, or a quotation
 * left open too long, is ignored.
 */
export function findQuoteSpans(sentences: readonly (readonly Token[])[]): [number, number][] {
  const spans: [number, number][] = [];
  let openedAt = -1;
  sentences.forEach((tokens, k) => {
    if (openedAt >= 0 && k - openedAt >= MAX_QUOTE_SENTENCES) openedAt = -1;
    for (const t of tokens) {
      const opens = OPENING.has(t.raw) || (t.raw === '"' && openedAt < 0);
      const closes = CLOSING.has(t.raw) || (t.raw === '"' && openedAt >= 0);
      if (opens && openedAt < 0) openedAt = k;
      else if (closes && openedAt >= 0) {
        if (openedAt < k) spans.push([openedAt, k]);
        openedAt = -1;
      }
    }
  });
  return spans;
}
