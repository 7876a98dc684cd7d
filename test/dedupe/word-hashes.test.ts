import { describe, expect, it } from 'vitest';
import { wordHashes } from '../../pipeline/dedupe/word-hashes.js';

describe('wordHashes', () => {
  it('folds case, apostrophes and punctuation, so copies from different sites hash alike', () => {
    expect([...wordHashes('Russia’s “TOP” diplomat—Lavrov.')]).toEqual([...wordHashes("russia's top diplomat lavrov")]);
  });

  it('keeps accented letters inside words and splits at dashes and symbols', () => {
    expect(wordHashes('José Antonio Kast').length).toBe(3);
    expect(wordHashes('US-aligned 8.6%').length).toBe(4);
    expect([...wordHashes('ÉLYSÉE')]).toEqual([...wordHashes('élysée')]);
  });

  it('records where each word starts when asked', () => {
    const starts = new Int32Array(8);
    wordHashes('  Hi, you there', starts);
    expect([...starts.slice(0, 3)]).toEqual([2, 6, 10]);
  });
});
