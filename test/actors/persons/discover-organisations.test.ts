import { describe, expect, it } from 'vitest';
import { discoverOrganisations } from '../../../pipeline/actors/persons/discover-organisations.js';
import { tokenise } from '../../../pipeline/actors/scan/tokenise.js';
import { lexicon, read, registry } from '../helpers.js';

describe('discoverOrganisations', () => {
  it('makes an organisation of an employer named in a title, and finds it again', () => {
    const found = discoverOrganisations(read('Graphcore chief executive Nigel Toon said so.').persons, [], lexicon, registry);
    expect(found.byKey.get('org:Graphcore')).toEqual({ id: 'graphcore', name: 'Graphcore', kind: 'organisation' });
    expect(found.trie?.longestAt(tokenise('Graphcore said'), 0)?.targets[0]?.actorId).toBe('graphcore');
  });
  it('makes a group of a party', () => {
    const found = discoverOrganisations(read('Yorkshire Party leader Jane Doe spoke.').persons, [], lexicon, registry);
    expect([...found.byKey.values()].map((d) => [d.name, d.kind])).toEqual([['Yorkshire Party', 'group']]);
  });
  it('never discovers again a name the knowledge base knows, even one that needs confirming', () => {
    // "Apple" needs the article to confirm it as the company; as an employer it is still co:apple, not a new actor.
    expect(discoverOrganisations([], ['Apple', 'Siemens'], lexicon, registry).byKey.size).toBe(0);
  });
  it('has no trie when nothing was found', () => {
    expect(discoverOrganisations([], [], lexicon, registry).trie).toBeUndefined();
  });
  it('makes no organisation of the possessive surname of a person the set names in full ("Emanuel’s deputy")', () => {
    const persons = [...read('White House Chief of Staff Rahm Emanuel asked him.').persons, ...read("Emanuel's deputy, Jim Messina, suggested a job.").persons];
    expect([...discoverOrganisations(persons, [], lexicon, registry).byKey.keys()]).not.toContain('org:Emanuel');
  });
});
