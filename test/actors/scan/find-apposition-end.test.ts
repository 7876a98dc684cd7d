import { describe, expect, it } from 'vitest';
import { findAppositionEnd } from '../../../pipeline/actors/scan/find-apposition-end.js';
import { tokenise } from '../../../pipeline/actors/scan/tokenise.js';
import { lexicon } from '../helpers.js';

describe('findAppositionEnd', () => {
  it('ends an apposition with a role at the next comma', () => {
    const tokens = tokenise("Jubeir, Saudi Arabia's foreign minister, said so.");
    expect(tokens[findAppositionEnd(tokens, 1, lexicon)]?.raw).toBe(',');
  });
  it('rejects a relative clause and a phrase with no role', () => {
    expect(findAppositionEnd(tokenise('Jubeir, who spoke first, left.'), 1, lexicon)).toBe(-1);
    expect(findAppositionEnd(tokenise('Jubeir, in Riyadh, left.'), 1, lexicon)).toBe(-1);
  });
});
