import { describe, expect, it } from 'vitest';
import { fold } from '../../../pipeline/actors/scan/fold.js';

describe('fold', () => {
  it('removes diacritics and case', () => {
    expect(fold('Erdoğan')).toBe('erdogan');
    expect(fold('Élysée')).toBe('elysee');
  });
  it('straightens curly apostrophes', () => {
    expect(fold('Russia’s')).toBe("russia's");
  });
});
