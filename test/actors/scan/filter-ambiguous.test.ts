import { describe, expect, it } from 'vitest';
import { filterAmbiguous } from '../../../pipeline/actors/scan/filter-ambiguous.js';
import { findActorMentions } from '../../../pipeline/actors/scan/find-actor-mentions.js';
import { tokenise } from '../../../pipeline/actors/scan/tokenise.js';
import { lexicon, registry } from '../helpers.js';

/** The actor ids (and place ids) that stand in an article of these sentences, read from `home` when given. */
const kept = (sentences: string[], home?: string): string[] =>
  filterAmbiguous(sentences.map((s) => findActorMentions(tokenise(s), registry, lexicon)), sentences.join(' '), registry, home).flat().map((m) => m.actorId);

describe('filterAmbiguous', () => {
  it('drops Georgia when the article is about the US state', () => {
    expect(kept(['Georgia passed a law.', 'The governor in Atlanta signed it.'])).not.toContain('GEO');
  });
  it('keeps Georgia when the article names Tbilisi', () => {
    expect(kept(['Georgia protested.', 'Crowds gathered in Tbilisi.'])).toContain('GEO');
  });
  it('keeps Turkey among other states and drops it in a recipe', () => {
    expect(kept(['Turkey, Russia and Iran met.'])).toContain('TUR');
    expect(kept(['Turkey is best roasted slowly.'])).toEqual([]);
  });
  it('makes a dropped state name the place of the same name', () => {
    expect(kept(['Georgia passed a law.', 'The governor in Atlanta signed it.'])).toContain('place:us-ga');
  });
  it('drops a party of another state: "Democrats" in a British story is no party', () => {
    expect(kept(['Democrats criticised the measure.'], 'GBR')).toEqual([]);
  });
  it('keeps the alternative of the same name that fits the article’s state', () => {
    // "Democrats" is first Brazil's party by name; in a US story it is the Democratic Party.
    expect(kept(['Democrats criticised the measure.'], 'USA')).toEqual(['party:usa-democratic']);
    expect(kept(['The Labour Party said it would vote against.'], 'IRL')).toEqual(['party:irl-labour']);
    expect(kept(['The Labour Party said it would vote against.'], 'GBR')).toEqual(['party:gbr-labour']);
  });
  it('keeps a party of a state the article names, whatever its home', () => {
    expect(kept(['Fidesz won the vote in Hungary.'], 'GBR')).toEqual(['party:hun-fidesz', 'HUN']);
  });
  it('keeps a common-word party name only in its own state’s story', () => {
    expect(kept(['The Conservative candidate won.'], 'GBR')).toEqual(['party:gbr-conservative']);
    expect(kept(['Justice minister Jane Roe spoke.'], 'GBR')).toEqual([]);
  });
  it('keeps a common-word company name only where the article names the company otherwise too', () => {
    expect(kept(['Shell said profits rose.'], 'GBR')).toEqual([]);
    expect(kept(['Royal Dutch Shell reported results.', 'Shell said profits rose.'], 'GBR')).toEqual(['co:shell', 'co:shell']);
  });
  it('keeps a party’s full name without a home state, but not one word of it', () => {
    expect(kept(['The Scottish National Party won the seat.'])).toEqual(['party:gbr-scottish-national']);
    expect(kept(['Democrats criticised the measure.'])).toEqual([]);
  });
});
