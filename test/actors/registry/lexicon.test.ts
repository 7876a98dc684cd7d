import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../pipeline/actors/registry/lexicon.js';

describe('loadLexicon', () => {
  const lexicon = loadLexicon();
  it('maps regular and irregular verb forms to their lemma', () => {
    expect(lexicon.verbForms.get('accused')).toBe('accuse');
    expect(lexicon.verbForms.get('accusing')).toBe('accuse');
    expect(lexicon.verbForms.get('said')).toBe('say');
    expect(lexicon.verbForms.get('denied')).toBe('deny');
  });
  it('types interaction verbs', () => {
    expect(lexicon.conflict.has('accuse')).toBe(true);
    expect(lexicon.cooperation.has('agree')).toBe(true);
  });
  it('knows given names from the generated list', () => {
    expect(lexicon.givenNames.has('sergei')).toBe(true);
    expect(lexicon.givenNames.has('the')).toBe(false);
  });
  it('is built once', () => {
    expect(loadLexicon()).toBe(lexicon);
  });
});
