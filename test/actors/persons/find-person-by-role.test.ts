import { describe, expect, it } from 'vitest';
import type { PersonEntity } from '../../../pipeline/actors/persons/cluster-persons.js';
import { findPersonByRole } from '../../../pipeline/actors/persons/find-person-by-role.js';
import { lexicon } from '../helpers.js';

const person = (id: string, affiliation: string, role?: string): PersonEntity => ({
  id,
  name: id,
  surname: id,
  given: [],
  affiliation,
  affiliations: [affiliation],
  ...(role !== undefined ? { role } : {}),
  votes: { state: new Map(), party: new Map(), org: new Map(), office: new Map(), role: new Map(), names: new Map() },
  mentions: 1,
  homes: new Map(),
});
const actorOf = (p: PersonEntity): string => p.affiliation ?? p.id;
const seen = [person('lavrov', 'RUS', 'foreign minister'), person('peskov', 'RUS', 'spokesman'), person('zarif', 'IRN', 'foreign minister')];

describe('findPersonByRole', () => {
  it('finds the last person named with that role', () => {
    expect(findPersonByRole(seen, 'minister', lexicon, actorOf)?.id).toBe('zarif');
  });
  it('narrows to the actor when one is given', () => {
    expect(findPersonByRole(seen, 'foreign minister', lexicon, actorOf, 'RUS')?.id).toBe('lavrov');
  });
  it('lets a weak role ("official") fit anyone of the actor', () => {
    expect(findPersonByRole(seen, 'official', lexicon, actorOf, 'RUS')?.id).toBe('peskov');
  });
  it('finds nobody when no role fits', () => {
    expect(findPersonByRole(seen, 'president', lexicon, actorOf)).toBeUndefined();
  });
});
