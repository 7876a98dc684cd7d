import { describe, expect, it } from 'vitest';
import { readVerb } from '../../../pipeline/actors/read/read-verb.js';
import { tokenise } from '../../../pipeline/actors/scan/tokenise.js';
import { lexicon } from '../helpers.js';

const verbAfter = (text: string) => {
  const tokens = tokenise(text);
  return readVerb(tokens, 0, tokens.length, lexicon)?.lemma;
};

describe('readVerb', () => {
  it('skips auxiliaries, adverbs and time phrases', () => {
    expect(verbAfter('has repeatedly accused them')).toBe('accuse');
    expect(verbAfter('on Monday said it')).toBe('say');
  });
  it('guesses unlisted regular verbs and progressives', () => {
    expect(verbAfter('assented to it')).toBe('assent');
    expect(verbAfter('outmanoeuvred them')).toBe('outmanoeuvred');
    expect(verbAfter('is coming to the table')).toBe('coming');
  });
  it('gives nothing for a passive, a copula or a noun', () => {
    expect(verbAfter('has been mired in war')).toBeUndefined();
    expect(verbAfter('has been a backer')).toBeUndefined();
    expect(verbAfter('deal collapsed')).toBeUndefined();
  });
});
