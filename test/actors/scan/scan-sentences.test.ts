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
  it('names no state a post is to, and no sports club outside a story about sport', () => {
    const actors = (text: string) => scanSentences({ title: 'Story', sentences: [text], text }, registry, lexicon)[0]?.actors.map((m) => m.actorId);
    expect(actors('Ann Wagner, a former ambassador to Luxembourg, said Russia was wrong.')).toEqual(['RUS']);
    expect(actors('Perry sent Texas Rangers to the border with Mexico.')).toEqual(['MEX']);
    expect(actors('The Texas Rangers won the baseball game on Sunday.')).toEqual(['org:club-mlb-texas-rangers']);
  });
});
