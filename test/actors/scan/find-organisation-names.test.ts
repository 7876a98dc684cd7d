import { describe, expect, it } from 'vitest';
import { findOrganisationNames } from '../../../pipeline/actors/scan/find-organisation-names.js';
import { lexicon, read } from '../helpers.js';

const names = (sentence: string): string[] => {
  const { tokens, actors, persons } = read(sentence);
  return findOrganisationNames(tokens, actors, persons, lexicon);
};

describe('findOrganisationNames', () => {
  it('reads a name introduced by a describing noun', () => {
    expect(names('Rival carrier Ryanair criticised the decision.')).toEqual(['Ryanair']);
    expect(names('Shares in chipmaker Graphcore rose.')).toEqual(['Graphcore']);
  });
  it('reads a name before a legal suffix, without the suffix', () => {
    expect(names('The deal with Northvolt AB closed.')).toEqual(['Northvolt']);
  });
  it('leaves a company the knowledge base knows to the registry', () => {
    expect(names('Shares in chipmaker Nvidia rose.')).toEqual([]);
    expect(names('The deal with Alstom SA closed.')).toEqual([]);
  });
  it('never introduces a common word as an organisation', () => {
    expect(names('Rival union Workers criticised the plan.')).toEqual([]);
    expect(names('The deal with Questions Ltd closed.')).toEqual([]);
  });
  it('leaves registry actors, persons and "the company" alone', () => {
    expect(names('The company said it would appeal.')).toEqual([]);
    expect(names('Policy maker Jerome Powell spoke.')).toEqual([]);
    expect(names('The militant group Hamas said so.')).toEqual([]);
  });
});
