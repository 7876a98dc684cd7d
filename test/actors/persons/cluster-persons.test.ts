import { describe, expect, it } from 'vitest';
import { clusterPersons } from '../../../pipeline/actors/persons/cluster-persons.js';
import { read, registry } from '../helpers.js';

const mentions = (...sentences: string[]) => sentences.flatMap((s) => read(s).persons);

describe('clusterPersons', () => {
  it('merges transliteration and diacritic variants into one person', () => {
    const index = clusterPersons(mentions('Foreign Minister Sergey Lavrov spoke.', 'Russian Foreign Minister Sergei Lavrov spoke.'), registry);
    expect(index.entities.map((e) => e.name)).toEqual(['Sergei Lavrov']);
  });
  it('keeps the registry affiliation of a known person', () => {
    const index = clusterPersons(mentions("Turkey's Recep Tayyip Erdogan spoke."), registry);
    expect(index.entities[0]).toMatchObject({ id: 'recep-tayyip-erdogan', affiliation: 'TUR', registered: true });
  });
  it('takes the affiliation most mentions give and the written name most used', () => {
    const index = clusterPersons(
      mentions('Saudi Foreign Minister Adel al-Jubeir spoke.', 'His Saudi counterpart Adel Al-Jubeir spoke.', 'Saudi Foreign Minister Adel Al-Jubeir left.'),
      registry,
    );
    expect(index.entities).toHaveLength(1);
    expect(index.entities[0]).toMatchObject({ name: 'Adel Al-Jubeir', affiliation: 'SAU', role: 'foreign minister', id: 'adel-al-jubeir' });
  });
  it('keeps two people with one surname apart when their given names differ', () => {
    const index = clusterPersons(mentions('Samsung chairman Lee Jae-yong spoke.', 'South Korean President Lee Jae-myung spoke.'), registry);
    expect(index.entities.map((e) => e.affiliation)).toEqual(['org:Samsung', 'KOR']);
  });
  it('adopts a registry person named by surname alone', () => {
    const index = clusterPersons([], registry);
    expect(index.adopt(registry.personsBySurname.keys().next().value ?? '')?.registered).toBe(true);
  });
});
