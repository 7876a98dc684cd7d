import { describe, expect, it } from 'vitest';
import { clusterPersons } from '../../../pipeline/actors/persons/cluster-persons.js';
import { lexicon, read, registry } from '../helpers.js';

const mentions = (...sentences: string[]) => sentences.flatMap((s) => read(s).persons);
/** Mentions as a story of that date and home state gives them (scanSentences adds both to every person). */
const dated = (date: string, home: string, ...sentences: string[]) => mentions(...sentences).map((m) => ({ ...m, date, home }));
const placed = (index: ReturnType<typeof clusterPersons>) => index.entities.map((e) => ({ name: e.name, affiliation: e.affiliation, affiliations: e.affiliations, role: e.role }));

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

  it('lets what the text says beat the knowledge base', () => {
    // The knowledge base has Rishi Sunak as a Conservative MP in 2025; the text names his employer.
    const index = clusterPersons(dated('2025-09-01', 'GBR', 'Rishi Sunak, a senior adviser at Goldman Sachs, said rates would fall.'), registry, lexicon);
    expect(index.entities[0]).toMatchObject({ id: 'person:rishi-sunak', affiliation: 'co:goldman-sachs' });
    expect(index.entities[0]?.affiliations).toEqual(expect.arrayContaining(['GBR', 'party:gbr-conservative']));
  });
  it('reads the knowledge base at the story’s date: a 2015 story does not make Marco Rubio secretary of state', () => {
    const in2015 = placed(clusterPersons(dated('2015-06-01', 'USA', 'Marco Rubio said the deal was weak.'), registry, lexicon));
    expect(in2015).toEqual([{ name: 'Marco Rubio', affiliation: 'party:usa-republican', affiliations: ['party:usa-republican', 'USA'], role: 'senator' }]);
    const in2025 = placed(clusterPersons(dated('2025-06-01', 'USA', 'Marco Rubio said the deal was weak.'), registry, lexicon));
    expect(in2025).toEqual([{ name: 'Marco Rubio', affiliation: 'USA', affiliations: ['USA', 'party:usa-republican'], role: 'secretary of state' }]);
  });
  it('makes one person of Jim and James Mattis, and of Chuck and Charles Schumer', () => {
    const index = clusterPersons(dated('2018-01-01', 'USA', 'Defense Secretary Jim Mattis spoke.', 'James Mattis said so.', 'Sen. Chuck Schumer, D-N.Y., spoke.', 'Charles Schumer said so.'), registry, lexicon);
    expect(index.entities.map((e) => [e.id, e.mentions])).toEqual([['person:jim-mattis', 2], ['person:chuck-schumer', 2]]);
  });
  it('makes one person of Jim and James for someone the knowledge base does not know', () => {
    const index = clusterPersons(dated('2020-01-01', 'GBR', 'Ineos chairman Jim Ratcliffe said so.', 'James Ratcliffe spoke.'), registry, lexicon);
    expect(index.entities).toHaveLength(1);
  });
  it('joins "Mr Howard" to Michael Howard, named in full elsewhere in the set', () => {
    const index = clusterPersons(dated('2005-03-01', 'GBR', 'Mr Howard spoke again.', 'Conservative leader Michael Howard said so.'), registry, lexicon);
    expect(index.entities.map((e) => [e.id, e.mentions, e.affiliation])).toEqual([['person:michael-howard', 2, 'party:gbr-conservative']]);
  });
  it('never makes a person of a surname alone', () => {
    expect(clusterPersons(dated('2005-03-01', 'GBR', 'Mr Begg said so.', 'Mr Begg spoke again.'), registry, lexicon).entities).toEqual([]);
  });
  it('places a minister under the state and a legislator under the party, each with state and party', () => {
    const index = clusterPersons(dated('2004-03-01', 'GBR', 'Chancellor Gordon Brown said the economy was strong.', 'Labour MP Diane Abbott said so.'), registry, lexicon);
    expect(placed(index).map((p) => [p.name, p.affiliation])).toEqual([['Gordon Brown', 'GBR'], ['Diane Abbott', 'party:gbr-labour']]);
    expect(index.entities.map((e) => e.affiliations)).toEqual([['GBR', 'party:gbr-labour'], ['party:gbr-labour', 'GBR']]);
  });
  it('knows people out of office by their full name, under their party, but not by a name merely like theirs', () => {
    const index = clusterPersons(dated('2010-11-05', 'USA', 'Former Vice President Dick Cheney spoke.', 'Norm Coleman spoke.'), registry, lexicon);
    expect(placed(index).map((p) => [p.name, p.affiliation])).toEqual([
      ['Dick Cheney', 'party:usa-republican'],
      ['Norm Coleman', 'party:usa-republican'],
    ]);
    // A given name that is only compatible (Dick for Richard) is too weak without an office at the date.
    expect(clusterPersons(dated('2010-11-05', 'USA', 'Norman Coleman spoke.'), registry, lexicon).entities[0]?.def).toBeUndefined();
    // Decades out of office, the name is someone else's.
    expect(clusterPersons(dated('2040-11-05', 'USA', 'Norm Coleman spoke.'), registry, lexicon).entities[0]?.def).toBeUndefined();
  });
  it('gives a party committee’s people the party too, and a former party officer the party', () => {
    const index = clusterPersons(dated('2010-11-05', 'USA', 'RNC Chairman Jane Marlowe spoke.', 'Former RNC Chairman John Fairley spoke.'), registry, lexicon);
    expect(placed(index).map((p) => [p.name, p.affiliation, p.affiliations])).toEqual([
      ['Jane Marlowe', 'org:rnc', ['org:rnc', 'party:usa-republican']],
      ['John Fairley', 'org:rnc', ['org:rnc', 'party:usa-republican']],
    ]);
  });
  it('knows "Jon M. Huntsman Jr." out of office as the knowledge base’s Jon Huntsman Jr.', () => {
    const index = clusterPersons(dated('2011-06-21', 'USA', 'Jon M. Huntsman Jr. spoke.'), registry, lexicon);
    expect(index.entities[0]?.def?.name).toBe('Jon Huntsman Jr.');
  });
  it('lets an organisation the text names beat an office guessed from the story’s home state', () => {
    const named = dated('2011-06-01', 'USA', "The National Organization for Women President Terry O'Neill spoke.");
    // Placed from context, a bare "President" of an American story is an office of the United States.
    const bare = dated('2011-06-01', 'USA', "President Terry O'Neill said so.").map((m) => ({ ...m, office: 'USA' }));
    expect(placed(clusterPersons([...named, ...bare], registry, lexicon)).map((p) => [p.name, p.affiliation, p.affiliations])).toEqual([
      ["Terry O'Neill", 'org:national-organization-for-women', ['org:national-organization-for-women']],
    ]);
    // Without the organisation, the guess stands.
    expect(placed(clusterPersons(bare, registry, lexicon))[0]?.affiliation).toBe('USA');
  });
  it('never takes a knowledge-base record without given names for someone else of a like surname', () => {
    // The knowledge base's "Ben Nelson" reads with no given name ("ben" is also a patronymic particle).
    expect(registry.personsBySurname.get('nlsn')?.find((p) => p.id === 'person:ben-nelson')?.given).toEqual([]);
    const index = clusterPersons(dated('2005-06-01', 'USA', 'Usability guru Dr Jakob Nielsen spoke.'), registry, lexicon);
    expect(index.entities.map((e) => [e.name, e.def?.id, e.affiliation])).toEqual([['Jakob Nielsen', undefined, undefined]]);
  });
});
