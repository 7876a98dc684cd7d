import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../pipeline/dedupe/split-sentences.js';

describe('splitSentences', () => {
  it('does not end a sentence at U.S., Mr., Dr., p.m. or initials', () => {
    const text = 'Mr. Smith met U.S. officials on Monday. J. R. Jones said talks end at 5 p.m. Sunday. Dr. Lee agreed.';
    expect(splitSentences(text)).toEqual(['Mr. Smith met U.S. officials on Monday.', 'J. R. Jones said talks end at 5 p.m. Sunday.', 'Dr. Lee agreed.']);
  });

  it('keeps a quotation of several sentences with its attribution', () => {
    const text = '“We will stay. We will not leave,” the minister said. The talks resumed.';
    expect(splitSentences(text)).toEqual(['“We will stay. We will not leave,” the minister said.', 'The talks resumed.']);
  });

  it('ends a sentence at a paragraph break and drops blank pieces', () => {
    expect(splitSentences('A headline without a stop\n\nThe body starts here. It goes on.\n\n')).toEqual([
      'A headline without a stop',
      'The body starts here.',
      'It goes on.',
    ]);
  });

  it('keeps decimals and question or exclamation marks in place', () => {
    expect(splitSentences('Inflation hit 8.6 percent. Was it expected? No!')).toEqual(['Inflation hit 8.6 percent.', 'Was it expected?', 'No!']);
  });

  it('returns trimmed pieces of the text itself, in order', () => {
    const text = '  First one.  Second one?\n\n“Third,” she said.\u00a0 ';
    const sentences = splitSentences(text);
    expect(sentences).toEqual(['First one.', 'Second one?', '“Third,” she said.']);
    let cursor = 0;
    for (const sentence of sentences) {
      const at = text.indexOf(sentence, cursor);
      expect(at).toBeGreaterThanOrEqual(cursor);
      cursor = at + sentence.length;
    }
  });

  it('never ends a sentence inside "<!--" or before glued hyphens, so a point is not cut short', () => {
    const text = 'Lavrov said the talks <!-- would go on in Geneva. Stop!-- he said. Macron agreed?-- yes. The end.';
    expect(splitSentences(text)).toEqual(['Lavrov said the talks <!-- would go on in Geneva.', 'Stop!-- he said.', 'Macron agreed?-- yes.', 'The end.']);
  });

  it('still ends sentences that no space separates in Chinese and Japanese', () => {
    expect(splitSentences('他说了。她也说了。', 'zh').length).toBe(2);
  });
});
