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
  it('gives no role when the office completes another noun ("a critic of the president"), and keeps offices headed by a role', () => {
    expect(phrase('an outspoken critic of the president')).toEqual({ titled: false });
    expect(phrase('the wife of the Russian president')).toEqual({ titled: false });
    expect(phrase('secretary of state')).toMatchObject({ titled: true, role: 'secretary of state' });
    expect(phrase('chief of staff to the president')).toMatchObject({ titled: true });
  });
  it('reports an untitled phrase', () => {
    expect(phrase('a historian')).toEqual({ titled: false });
  });
});
