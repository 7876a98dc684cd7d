import { describe, expect, it } from 'vitest';
import { truncateAtWord } from '../../pipeline/text/truncate-at-word.js';

describe('truncateAtWord', () => {
  it('leaves text that fits as it is', () => {
    expect(truncateAtWord('Russia and Turkey agree', 40)).toBe('Russia and Turkey agree');
  });

  it('cuts at the last word within the limit and adds one ellipsis', () => {
    const cut = truncateAtWord('Russia and Turkey agree on a ceasefire monitoring mission', 40);
    expect(cut).toBe('Russia and Turkey agree on a ceasefire…');
    expect(Array.from(cut).length).toBeLessThanOrEqual(40);
  });

  it.each([
    ['an ellipsis the text already had', 'coordinate international… efforts to fight the group in the north of the country'],
    ['three dots', 'coordinate international... efforts to fight the group in the north of the country'],
    ['a comma and an ellipsis', 'coordinate international,… efforts to fight the group in the north of the country'],
  ])('never ends in a double ellipsis when the cut lands after %s', (_what, text) => {
    const cut = truncateAtWord(text, 30);
    expect(cut).toBe('coordinate international…');
  });

  it('cuts an unbroken run hard rather than dropping most of it', () => {
    expect(truncateAtWord('https://example.org/' + 'a'.repeat(50), 20)).toBe('https://example.org…');
  });
});
