import { describe, expect, it } from 'vitest';
import { scanSentences } from '../../../pipeline/actors/scan/scan-sentences.js';
import { lexicon, registry } from '../helpers.js';

describe('scanSentences', () => {
  it('gives one reading per sentence, the headline left out', () => {
    expect(scanSentences({ title: 'Headline', sentences: ['One.', 'Two.'], text: 'One. Two.' }, registry, lexicon)).toHaveLength(2);
  });
  it('yields an ambiguous alias to a person who bears it', () => {
    const [scan] = scanSentences({ title: 'Water deal', sentences: ['Jordan Bardella visited Amman and Israel.'], text: 'Jordan Bardella visited Amman and Israel.' }, registry, lexicon);
    expect(scan?.persons.map((p) => p.name)).toEqual(['Jordan Bardella']);
    expect(scan?.actors.map((m) => m.actorId)).toEqual(['ISR']);
  });
  it('judges ambiguous aliases against the headline and the whole story', () => {
    const text = 'Georgia signed the bill in Atlanta.';
    expect(scanSentences({ title: 'Georgia governor signs bill', sentences: [text], text }, registry, lexicon)[0]?.actors).toEqual([]);
  });
});
