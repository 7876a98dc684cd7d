import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../pipeline/actors/read/find-quote-spans.js';
import { tokenise } from '../../../pipeline/actors/scan/tokenise.js';

const spans = (sentences: string[]) => findQuoteSpans(sentences.map(tokenise));

describe('findQuoteSpans', () => {
  it('finds a quotation over several sentences, with curly and straight marks', () => {
    expect(spans(['He said: “We agreed.', 'It took a year.', 'Nobody doubts it.”', 'Talks end today.'])).toEqual([[0, 2]]);
    expect(spans(['"It was fun.', 'I had my chances," he said.'])).toEqual([[0, 1]]);
    // A quotation running into a new paragraph opens again there; the sentence after it is no longer quoted.
    expect(spans(['Ms France said: "Certainly I would not be surprised.', '"So I would expect a similar approach."', 'BT says it is doing what it can.'])).toEqual([[0, 1]]);
  });
  it('gives nothing for quotations closed within their sentence, or a mark left open too long', () => {
    expect(spans(['“We agreed,” he said.', 'He called it “a disgrace”.'])).toEqual([]);
    expect(spans(['“A stray mark.', 'b.', 'c.', 'd.', 'e.', 'f.', 'g.', 'The end.”'])).toEqual([]);
  });
});
