import { describe, expect, it } from 'vitest';
import { readEmployerAfter } from '../../../pipeline/actors/scan/read-employer-after.js';
import { lexicon, read } from '../helpers.js';

/** What follows `name` in `sentence`, read with the sentence's actor mentions. */
const after = (sentence: string, name: string) => {
  const { tokens, actors } = read(sentence);
  const last = name.split(' ').at(-1);
  const nameEnd = tokens.findIndex((t) => t.raw === last) + 1;
  return readEmployerAfter(tokens, nameEnd, actors, lexicon);
};

describe('readEmployerAfter', () => {
  it('reads a known actor after "from the" as the employer', () => {
    expect(after("David Graham from the FDA's Office of Drug Safety told the Senate.", 'David Graham')).toEqual({ affiliation: 'org:fda' });
  });
  it('reads it after a comma too ("Richard Doherty, from Panasonic")', () => {
    expect(after("Richard Doherty, from Panasonic's Hollywood Laboratories, said so.", 'Richard Doherty')).toEqual({ affiliation: 'co:panasonic' });
  });
  it('names an organisation the registry does not know', () => {
    expect(after('Jane Roe of Bain Capital said so.', 'Jane Roe')).toEqual({ organisation: 'Bain Capital' });
  });
  // The words that make a name an organisation's ("Institute", "Company") are in words.json's nonNames, which end
  // the name today; "&" is never a token. The fragments are what the issue complains of ("Association of").
  it('reads the whole name of an organisation, with "of", "&" and its head word', () => {
    expect(after('Jane Roe at the Institute of Fiscal Studies said so.', 'Jane Roe')).toEqual({ organisation: 'Institute of Fiscal Studies' });
    expect(after('Jane Roe of the Brightwater Policy Institute said so.', 'Jane Roe')).toEqual({ organisation: 'Brightwater Policy Institute' });
    expect(after('Jane Roe of Bain & Company said so.', 'Jane Roe')).toEqual({ organisation: 'Bain & Company' });
  });
  it('never makes an organisation of one common word', () => {
    expect(after('John Smith from Workers said so.', 'John Smith')).toBeUndefined();
  });
  it('reads nothing without "from", "of" or "at" right after the name', () => {
    expect(after('David Graham said the FDA was wrong.', 'David Graham')).toBeUndefined();
    expect(after('David Graham, who left the FDA, said so.', 'David Graham')).toBeUndefined();
  });
  it('reads a place after "of" as the place, which places nobody under a state', () => {
    expect(read('The bill was backed by Barack Obama of Illinois.').persons[0]).toMatchObject({ name: 'Barack Obama', affiliation: 'place:us-il' });
  });
  it('gives the person mention the employer it reads', () => {
    expect(read("David Graham from the FDA's Office of Drug Safety told the Senate.").persons[0]).toMatchObject({ name: 'David Graham', affiliation: 'org:fda' });
  });
  it('reads no employer from a name that qualifies an event ("at the Cannes ceremony")', () => {
    expect(after('Collecting the award from model Naomi Campbell at the Cannes ceremony, Bono spoke.', 'Naomi Campbell')).toBeUndefined();
    expect(after('Jane Roe at the Brightwater Policy Institute said so.', 'Jane Roe')).toEqual({ organisation: 'Brightwater Policy Institute' });
  });
});
