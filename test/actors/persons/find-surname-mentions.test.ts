import { describe, expect, it } from 'vitest';
import { clusterPersons } from '../../../pipeline/actors/persons/cluster-persons.js';
import { findSurnameMentions } from '../../../pipeline/actors/persons/find-surname-mentions.js';
import { lexicon, read, registry } from '../helpers.js';

describe('findSurnameMentions', () => {
  const index = clusterPersons(read('Saudi Foreign Minister Adel al-Jubeir arrived, and so did Siemens chief executive Roland Busch.').persons, registry, lexicon);
  const surnames = (sentence: string, context: { readonly date?: string; readonly home?: string } = {}) => {
    const { tokens, actors } = read(sentence);
    const occupied = new Set(actors.flatMap((m) => Array.from({ length: m.end - m.start }, (_, k) => m.start + k)));
    return findSurnameMentions(tokens, occupied, [], index, lexicon, context).map((m) => m.person.name);
  };
  it('resolves a surname alone to the one person of the set who has it', () => {
    expect(surnames('“It is not part of our plans”, Jubeir said.')).toEqual(['Adel al-Jubeir']);
    expect(surnames('Al-Jubeir left early.')).toEqual(['Adel al-Jubeir']);
  });
  it('resolves a registry person by surname, as the knowledge base has them at the story’s date', () => {
    expect(surnames('Putin and Assad met in Sochi.', { date: '2017-11-20' })).toEqual(['Vladimir Putin', expect.stringMatching(/Assad$/)]);
  });
  it('resolves "Mr Howard" to the Conservative leader in a British story, not to Australia’s prime minister', () => {
    expect(surnames('Mr Howard said taxes would fall.', { date: '2005-03-01', home: 'GBR' })).toEqual(['Michael Howard']);
    expect(surnames('Mr Howard said taxes would fall.', { date: '2005-03-01', home: 'AUS' })).toEqual(['John Howard']);
  });
  it('takes nobody out of office by surname alone', () => {
    // Tony Blair left office in 2007: in 2015 "Blair" alone names no one the knowledge base would vouch for.
    expect(surnames('Blair said so.', { date: '2005-03-01', home: 'GBR' })).toEqual(['Tony Blair']);
    expect(surnames('Blair said so.', { date: '2015-03-01', home: 'GBR' })).toEqual([]);
  });
  it('does not take a longer word for a surname it begins with ("Turkey" is not Volker Türk)', () => {
    // In a recipe "Turkey" is dropped as a state, so nothing occupies it: it must still not be read as Türk.
    const { tokens } = read('Turkey is the centrepiece of most Thanksgiving tables.');
    expect(findSurnameMentions(tokens, new Set(), [], index, lexicon, { date: '2024-11-20' }).map((m) => m.person.name)).toEqual([]);
  });
  it('does not take a word with the same skeleton but another spelling', () => {
    expect(surnames('Bosch said profits fell.')).toEqual([]);
  });
});
