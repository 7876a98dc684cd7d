import { describe, expect, it } from 'vitest';
import { findTitleStart } from '../../../pipeline/actors/scan/find-title-start.js';
import { lexicon, read } from '../helpers.js';

const titleBefore = (sentence: string, name: string): string => {
  const { tokens, actors } = read(sentence);
  const at = tokens.findIndex((t) => t.raw === name);
  return tokens.slice(findTitleStart(tokens, at, actors, lexicon), at).map((t) => t.raw).join(' ');
};

describe('findTitleStart', () => {
  it('reads role words and actor names before a name', () => {
    expect(titleBefore('Russian Foreign Minister Sergei Lavrov said.', 'Sergei')).toBe('Russian Foreign Minister');
    expect(titleBefore('Lavrov and US Secretary of State John Kerry met.', 'John')).toBe('US Secretary of State');
  });
  it('crosses a comma right after a role', () => {
    expect(titleBefore('He met EU foreign policy chief, Federica Mogherini.', 'Federica')).toBe('EU foreign policy chief ,');
  });
  it('finds no title before a bare name', () => {
    expect(titleBefore('Yesterday Federica Mogherini spoke.', 'Federica')).toBe('');
  });
});
