import { describe, expect, it } from 'vitest';
import { clusterPersons } from '../../../pipeline/actors/persons/cluster-persons.js';
import { findSurnameMentions } from '../../../pipeline/actors/persons/find-surname-mentions.js';
import { lexicon, read, registry } from '../helpers.js';

describe('findSurnameMentions', () => {
  const index = clusterPersons(read('Saudi Foreign Minister Adel al-Jubeir arrived, and so did Siemens chief executive Roland Busch.').persons, registry);
  const surnames = (sentence: string) => {
    const { tokens, actors } = read(sentence);
    const occupied = new Set(actors.flatMap((m) => Array.from({ length: m.end - m.start }, (_, k) => m.start + k)));
    return findSurnameMentions(tokens, occupied, [], index, lexicon).map((m) => m.person.name);
  };
  it('resolves a surname alone to the one person of the set who has it', () => {
    expect(surnames('“It is not part of our plans”, Jubeir said.')).toEqual(['Adel al-Jubeir']);
    expect(surnames('Al-Jubeir left early.')).toEqual(['Adel al-Jubeir']);
  });
  it('resolves a registry person by surname', () => {
    expect(surnames('Putin and Assad met in Sochi.')).toEqual(['Vladimir Putin', 'Bashar al-Assad']);
  });
  it('does not take a word with the same skeleton but another spelling', () => {
    expect(surnames('Bosch said profits fell.')).toEqual([]);
  });
});
