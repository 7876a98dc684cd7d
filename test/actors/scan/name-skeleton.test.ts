import { describe, expect, it } from 'vitest';
import { nameSkeleton } from '../../../pipeline/actors/scan/name-skeleton.js';

describe('nameSkeleton', () => {
  it('gives transliteration variants one skeleton', () => {
    expect(nameSkeleton('Sergey')).toBe(nameSkeleton('Sergei'));
    expect(nameSkeleton('Mohammad')).toBe(nameSkeleton('Mohammed'));
    expect(nameSkeleton('Muhammad')).toBe(nameSkeleton('Mohamed'));
    expect(nameSkeleton('Erdoğan')).toBe(nameSkeleton('Erdogan'));
    expect(nameSkeleton('Rouhani')).toBe(nameSkeleton('Rohani'));
  });
  it('keeps different names apart', () => {
    expect(nameSkeleton('Lavrov')).not.toBe(nameSkeleton('Lavrentiev'));
    expect(nameSkeleton('Kerry')).not.toBe(nameSkeleton('Kemp'));
  });
});
