import { describe, expect, it } from 'vitest';
import { readRolePhrase } from '../../../pipeline/actors/scan/read-role-phrase.js';
import { lexicon, read } from '../helpers.js';

const phrase = (text: string) => {
  const { tokens, actors } = read(text);
  return readRolePhrase(tokens, 0, tokens.length, actors, lexicon);
};

describe('readRolePhrase', () => {
  it('reads role and affiliation', () => {
    expect(phrase('Saudi Deputy Crown Prince and Defense Minister')).toEqual({ titled: true, role: 'deputy crown prince and defense minister', affiliation: 'SAU' });
  });
  it('reads an organisation after "of"', () => {
    expect(phrase('chief executive of Acme Corp')).toMatchObject({ titled: true, organisation: 'Acme Corp' });
  });
  it('reports an untitled phrase', () => {
    expect(phrase('a historian')).toEqual({ titled: false });
  });
});
