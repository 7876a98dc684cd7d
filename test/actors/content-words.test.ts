import { describe, expect, it } from 'vitest';
import { contentWords } from '../../pipeline/actors/content-words.js';

describe('contentWords', () => {
  it('keeps folded content words of four letters or more', () => {
    expect([...contentWords('Moscow said the ceasefire in Aleppo had failed.')]).toEqual(['moscow', 'ceasefire', 'aleppo', 'failed']);
  });
});
