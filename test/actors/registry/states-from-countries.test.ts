import { describe, expect, it } from 'vitest';
import { statesFromCountries } from '../../../pipeline/actors/registry/states-from-countries.js';

const extras = { states: { AAA: { name: 'Aland', demonyms: ['Alish'] } }, skipCapitals: ['Victoria'], shortAliasesKept: ['AA'] };
const country = (cca3: string, common: string, capital: string, demonym: string) => ({
  cca3,
  independent: true,
  name: { common, official: `Republic of ${common}` },
  altSpellings: [cca3 === 'AAA' ? 'AA' : 'BB', 'XY', 'Аланд'],
  capital: [capital],
  demonyms: { eng: { m: demonym, f: demonym } },
});

describe('statesFromCountries', () => {
  const [a, b] = statesFromCountries([country('AAA', 'Aaland', 'Victoria', 'Shared'), country('BBB', 'Bbland', 'Bcity', 'Shared')], extras);
  it('takes names, capitals and demonyms, and the extras', () => {
    expect(a?.name).toBe('Aland');
    expect(a?.names).toEqual(['Aaland', 'Republic of Aaland', 'AA']);
    expect(a?.demonyms).toEqual(['Alish']);
    expect(b?.capitals).toEqual(['Bcity']);
  });
  it('drops skipped capitals, short codes, non-Latin spellings and shared demonyms', () => {
    expect(a?.capitals).toEqual([]);
    expect(b?.names).not.toContain('XY');
    expect(b?.demonyms).toEqual([]);
  });
  it('skips territories that are not states', () => {
    expect(statesFromCountries([{ ...country('CCC', 'Cland', 'C', 'Cish'), independent: false, unMember: false }], extras)).toEqual([]);
  });
});
