import { describe, expect, it } from 'vitest';
import { contentWords } from '../../../pipeline/actors/brief/content-words.js';

describe('contentWords', () => {
  it('keeps folded content words of four letters or more', () => {
    expect([...contentWords('Moscow said the ceasefire in Aleppo had failed.').all]).toEqual(['moscow', 'ceasefire', 'aleppo', 'failed']);
  });

  it('leaves capitalised words (names) out of the topic words', () => {
    const { all, topic } = contentWords('Erdoğan said the Ceasefire talks with Damascus had stalled again.');
    expect([...all]).toEqual(['erdogan', 'ceasefire', 'talks', 'damascus', 'stalled']);
    expect([...topic]).toEqual(['talks', 'stalled']);
  });
});
