import { describe, expect, it } from 'vitest';
import { tokenise } from '../../../pipeline/actors/scan/tokenise.js';

describe('tokenise', () => {
  it('keeps dotted initials whole and marks them as acronyms', () => {
    const [us] = tokenise('U.S. officials said');
    expect(us).toMatchObject({ raw: 'U.S.', upper: true, cap: true });
  });
  it('splits the possessive ending off a name', () => {
    expect(tokenise('Russia’s military').map((t) => t.raw)).toEqual(['Russia', '’s', 'military']);
  });
  it('keeps inner apostrophes and marks hyphens as glued', () => {
    const tokens = tokenise("N'Djamena and al-Jubeir");
    expect(tokens.map((t) => t.raw)).toEqual(["N'Djamena", 'and', 'al', '-', 'Jubeir']);
    expect(tokens[3]?.glue).toBe(true);
  });
  it('marks words inside quotation marks', () => {
    const tokens = tokenise('“Russia is ready,” Lavrov said.');
    expect(tokens.filter((t) => t.quoted).map((t) => t.raw)).toEqual(['Russia', 'is', 'ready', ',']);
  });
  it('treats text before an unopened closing quote as quoted', () => {
    const tokens = tokenise('the end of it,” he added.');
    expect(tokens.find((t) => t.raw === 'he')?.quoted).toBe(false);
    expect(tokens.find((t) => t.raw === 'end')?.quoted).toBe(true);
  });
  it('reads a straight mark by its side: touching the word before, it closes', () => {
    const quoted = (text: string) => tokenise(text).filter((t) => t.quoted).map((t) => t.raw).join(' ');
    expect(quoted('None of them have a fancy look," he added. In the future, Dr Nielsen believes it.')).toBe('None of them have a fancy look ,');
    expect(quoted('He called it "a disgrace" on Monday.')).toBe('a disgrace');
  });
  it('keeps numbers with separators and decimals whole, and takes a brand with its capital second for a name', () => {
    expect(tokenise('It sold 4,000 cars for $1.3bn.').map((t) => t.raw)).toEqual(['It', 'sold', '4,000', 'cars', 'for', '1.3bn', '.']);
    expect(tokenise('yFrog and eBay said').filter((t) => t.cap).map((t) => t.raw)).toEqual(['yFrog', 'eBay']);
  });
});
