import { describe, expect, it } from 'vitest';
import { namesCompatible } from '../../../pipeline/actors/persons/names-compatible.js';

describe('namesCompatible', () => {
  it('accepts a surname alone against any given names', () => {
    expect(namesCompatible([], ['srg'])).toBe(true);
  });
  it('accepts a shared given name or an initial', () => {
    expect(namesCompatible(['rcp', 'typ'], ['typ'])).toBe(true);
    expect(namesCompatible(['j'], ['jhn'])).toBe(true);
  });
  it('rejects different given names', () => {
    expect(namesCompatible(['mhmd'], ['adl'])).toBe(false);
  });
});
