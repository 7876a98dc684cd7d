import { describe, expect, it } from 'vitest';
import { slugify } from '../../../pipeline/actors/persons/slugify.js';

describe('slugify', () => {
  it('makes a lowercase ascii id', () => {
    expect(slugify('Adel al-Jubeir')).toBe('adel-al-jubeir');
    expect(slugify('Recep Tayyip Erdoğan')).toBe('recep-tayyip-erdogan');
  });
});
