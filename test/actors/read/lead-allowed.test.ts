import { describe, expect, it } from 'vitest';
import { leadAllowed } from '../../../pipeline/actors/read/lead-allowed.js';
import { tokenise } from '../../../pipeline/actors/scan/tokenise.js';
import { lexicon } from '../helpers.js';

const allowed = (sentence: string, subject: string): boolean => {
  const tokens = tokenise(sentence);
  return leadAllowed(tokens, 0, tokens.findIndex((t) => t.raw === subject), lexicon);
};

describe('leadAllowed', () => {
  it('accepts lead words, introductory phrases and datelines', () => {
    expect(allowed('Meanwhile Russia said so.', 'Russia')).toBe(true);
    expect(allowed('In an interview on Monday, Lavrov said so.', 'Lavrov')).toBe(true);
    expect(allowed('BEIJING (Reuters) - China said so.', 'China')).toBe(true);
  });
  it('accepts a quote before the attribution and a describing noun phrase', () => {
    expect(allowed('“We won,” Lavrov said.', 'Lavrov')).toBe(true);
    expect(allowed('Rival carrier Ryanair criticised it.', 'Ryanair')).toBe(true);
  });
  it('rejects a participant inside a reported clause', () => {
    expect(allowed('Lavrov said Washington was wrong.', 'Washington')).toBe(false);
    expect(allowed('Russia said the company Acme lied.', 'Acme')).toBe(false);
  });
});
