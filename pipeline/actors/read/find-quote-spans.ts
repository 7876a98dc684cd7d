import type { Token } from '../model.js';
import { CLOSING_QUOTES, OPENING_QUOTES } from '../scan/quote-marks.js';

/** Most sentences one quotation runs over; a mark left open longer is a stray one. */
const MAX_QUOTE_SENTENCES = 6;

/**
 * Quotations that run over several sentences, as [first, last] sentence
 * indexes: “We agreed. It took a year,” he said. is [0, 1]. A straight mark
 * opens or closes by the side its word is on; a closing mark with none open,
 * an opening one inside an open quotation (a new paragraph of it), or a
 * quotation left open too long, is ignored.
 */
export function findQuoteSpans(sentences: readonly (readonly Token[])[]): [number, number][] {
  const spans: [number, number][] = [];
  let openedAt = -1;
  sentences.forEach((tokens, k) => {
    if (openedAt >= 0 && k - openedAt >= MAX_QUOTE_SENTENCES) openedAt = -1;
    for (const [i, t] of tokens.entries()) {
      // A straight mark opens where a word follows it and none touches it before ('"So I ...'), else it closes:
      // a quotation running into a new paragraph opens again without having closed.
      const straightOpens = t.raw === '"' && (i === 0 || !t.glue) && tokens[i + 1]?.glue === true;
      const opens = OPENING_QUOTES.has(t.raw) || straightOpens;
      const closes = CLOSING_QUOTES.has(t.raw) || (t.raw === '"' && !straightOpens);
      if (opens && openedAt < 0) openedAt = k;
      else if (closes && openedAt >= 0) {
        if (openedAt < k) spans.push([openedAt, k]);
        openedAt = -1;
      }
    }
  });
  return spans;
}
