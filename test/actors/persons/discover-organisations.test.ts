import { describe, expect, it } from 'vitest';
import { discoverOrganisations } from '../../../pipeline/actors/persons/discover-organisations.js';
import { tokenise } from '../../../pipeline/actors/scan/tokenise.js';
import { lexicon, read } from '../helpers.js';

describe('discoverOrganisations', () => {
  it('makes an organisation of an employer named in a title, and finds it again', () => {
    const found = discoverOrganisations(read('Siemens chief executive Roland Busch said so.').persons, [], lexicon);
    expect(found.byKey.get('org:Siemens')).toEqual({ id: 'siemens', name: 'Siemens', kind: 'organisation' });
    expect(found.trie?.longestAt(tokenise('Siemens said'), 0)?.targets[0]?.actorId).toBe('siemens');
  });
  it('makes a group of a party', () => {
    const found = discoverOrganisations(read('Green Party leader Jane Doe spoke.').persons, [], lexicon);
    expect([...found.byKey.values()].map((d) => d.kind)).toEqual(['group']);
  });
  it('has no trie when nothing was found', () => {
    expect(discoverOrganisations([], [], lexicon).trie).toBeUndefined();
  });
});
