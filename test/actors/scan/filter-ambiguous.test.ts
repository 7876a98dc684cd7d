import { describe, expect, it } from 'vitest';
import { filterAmbiguous } from '../../../pipeline/actors/scan/filter-ambiguous.js';
import { findActorMentions } from '../../../pipeline/actors/scan/find-actor-mentions.js';
import { tokenise } from '../../../pipeline/actors/scan/tokenise.js';
import { lexicon, registry } from '../helpers.js';

const kept = (sentences: string[]): string[] =>
  filterAmbiguous(sentences.map((s) => findActorMentions(tokenise(s), registry, lexicon)), sentences.join(' '), registry).flat().map((m) => m.actorId);

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
});
