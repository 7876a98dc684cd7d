import { describe, expect, it } from 'vitest';
import { isCommonWord } from '../../../pipeline/actors/registry/is-common-word.js';

describe('isCommonWord', () => {
  it('knows the everyday words the issue saw become actors', () => {
    for (const word of ['Abroad', 'Questions', 'Workers', 'Respect', 'Association', 'Shadow', 'Minority', 'Majority', 'Reserve']) expect(isCommonWord(word), word).toBe(true);
  });
  it('leaves rarer words and names alone, so a club or a company still names itself', () => {
    for (const word of ['Ryanair', 'Yukos', 'Fiat', 'Graphcore', 'Nvidia', 'Trump']) expect(isCommonWord(word), word).toBe(false);
  });
  it('ignores case', () => {
    expect(isCommonWord('WORKERS')).toBe(isCommonWord('workers'));
  });
});
