import { describe, expect, it } from 'vitest';
import { clusterPersons } from '../../../pipeline/actors/persons/cluster-persons.js';
import { lexicon, read, registry } from '../helpers.js';

const mentions = (...sentences: string[]) => sentences.flatMap((s) => read(s).persons);

describe('clusterPersons', () => {
  it('merges transliteration and diacritic variants into one person', () => {
    const index = clusterPersons(mentions('Foreign Minister Sergey Lavrov spoke.', 'Russian Foreign Minister Sergei Lavrov spoke.'), registry, lexicon);
    expect(index.entities.map((e) => e.name)).toEqual(['Sergei Lavrov']);
  });
  it('keeps the registry affiliation of a known person', () => {
    const index = clusterPersons(mentions("Turkey's Recep Tayyip Erdogan spoke."), registry, lexicon);
    expect(index.entities[0]).toMatchObject({ id: 'person:recep-tayyip-erdogan', affiliation: 'TUR' });
    expect(index.entities[0]?.def?.id).toBe('person:recep-tayyip-erdogan');
  });
  it('takes the affiliation most mentions give and the written name most used', () => {
    const index = clusterPersons(
      mentions("Kazakhstan's Energy Minister Almasadam Satkaliyev spoke.", 'His Kazakhstani counterpart Almassadam Satkaliyev spoke.', "Kazakhstan's Energy Minister Almassadam Satkaliyev left."),
      registry,
      lexicon,
    );
    expect(index.entities).toHaveLength(1);
    expect(index.entities[0]).toMatchObject({ name: 'Almassadam Satkaliyev', affiliation: 'KAZ', role: 'energy minister', id: 'almassadam-satkaliyev' });
  });
  it('takes a known person’s name from the knowledge base, whatever the spelling', () => {
    const index = clusterPersons(mentions('Saudi Foreign Minister Adel Al-Jubeir spoke.', 'Saudi Foreign Minister Adel Al-Jubeir left.'), registry, lexicon);
    expect(index.entities.map((e) => [e.id, e.name])).toEqual([['person:adel-al-jubeir', 'Adel al-Jubeir']]);
  });
  it('keeps two people with one surname apart when their given names differ', () => {
    const index = clusterPersons(mentions('Samsung chairman Lee Jae-yong spoke.', 'South Korean President Lee Jae-myung spoke.'), registry, lexicon);
    expect(index.entities.map((e) => e.affiliation)).toEqual(['co:samsung-electronics', 'KOR']);
  });
  it('adopts a registry person named by surname alone', () => {
    const index = clusterPersons([], registry, lexicon);
    expect(index.adopt('ptn', { date: '2019-06-01' })?.def?.id).toBe('person:vladimir-putin');
  });
});
