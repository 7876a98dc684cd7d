import { describe, expect, it } from 'vitest';
import { loadSegmenter } from '../../pipeline/dedupe/load-segmenter.js';
import { segmentWithIntl } from '../../pipeline/dedupe/segment-with-intl.js';

/** The fallback's pieces, trimmed and without blank ones, as splitSentences keeps them. */
const sentences = (text: string): string[] => segmentWithIntl('en', text).map((piece) => piece.trim()).filter((piece) => piece.length > 0);

describe('segmentWithIntl (the splitter used where sentencex has no native build)', () => {
  it('does not end a sentence at U.S., Mr., Dr., p.m. or initials', () => {
    const text = 'Mr. Smith met U.S. officials on Monday. J. R. Jones said talks end at 5 p.m. Sunday. Dr. Lee agreed.';
    expect(sentences(text)).toEqual(['Mr. Smith met U.S. officials on Monday.', 'J. R. Jones said talks end at 5 p.m. Sunday.', 'Dr. Lee agreed.']);
  });

  it('keeps middle initials and run-together initials with the name', () => {
    expect(sentences('President George W. Bush said so. J.K. Rowling wrote it. Sen. Jones agreed.')).toEqual([
      'President George W. Bush said so.',
      'J.K. Rowling wrote it.',
      'Sen. Jones agreed.',
    ]);
  });

  it('keeps a quotation of several sentences with its attribution', () => {
    expect(sentences('“We will stay. We will not leave,” the minister said. The talks resumed.')).toEqual([
      '“We will stay. We will not leave,” the minister said.',
      'The talks resumed.',
    ]);
    expect(sentences('He said: "It is over. We won." Others disagreed.')).toEqual(['He said: "It is over. We won."', 'Others disagreed.']);
  });

  it('ends a sentence after the closing quote when the quotation ends with it', () => {
    expect(sentences('She said: "We have nothing to fear. " It is our right.')).toEqual(['She said: "We have nothing to fear. "', 'It is our right.']);
  });

  it('keeps No. and Art. before a number, but ends a sentence at "no." before a word', () => {
    expect(sentences('He lives at No. 10 now. The answer was no. Then he left.')).toEqual(['He lives at No. 10 now.', 'The answer was no.', 'Then he left.']);
  });

  it('ends a sentence at a paragraph break, but not at a line break with no stop before it', () => {
    expect(sentences('A headline without a stop\n\nThe body starts here. It goes on.\n\n')).toEqual(['A headline without a stop', 'The body starts here.', 'It goes on.']);
    expect(sentences('The budget:\n- more for schools\n- more for health\n\nNext.')).toEqual(['The budget:\n- more for schools\n- more for health', 'Next.']);
  });

  it('keeps decimals and question or exclamation marks in place', () => {
    expect(sentences('Inflation hit 8.6 percent. Was it expected? No!')).toEqual(['Inflation hit 8.6 percent.', 'Was it expected?', 'No!']);
  });

  it('returns pieces that are the whole text, in order, as sentencex does', () => {
    const text = '  First one.  Second one?\n\n“Third,” she said.\u00a0 Mr. Fourth.';
    expect(segmentWithIntl('en', text).join('')).toBe(text);
    expect(segmentWithIntl('en', '')).toEqual([]);
  });

  it('never ends a sentence inside "<!--" or before glued hyphens, as split-sentences.ts requires of either splitter', () => {
    const text = 'Lavrov said the talks <!-- would go on in Geneva. Stop!-- he said. Macron agreed?-- yes. The end.';
    expect(segmentWithIntl('en', text).map((piece) => piece.trim())).toEqual(['Lavrov said the talks <!-- would go on in Geneva.', 'Stop!-- he said.', 'Macron agreed?-- yes.', 'The end.']);
  });

  it('falls back to English rules for a language tag Intl does not accept', () => {
    expect(segmentWithIntl('not a tag!', 'One. Two.').map((piece) => piece.trim())).toEqual(['One.', 'Two.']);
  });
});

describe('loadSegmenter', () => {
  it('uses sentencex where its native build is published (Linux x64), the fallback elsewhere', () => {
    const native = process.platform === 'linux' && process.arch === 'x64';
    expect(loadSegmenter().name).toBe(native ? 'sentencex' : 'intl');
    expect(loadSegmenter().segment('en', 'One. Two.').join('')).toBe('One. Two.');
  });
});
