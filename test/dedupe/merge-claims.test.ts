import { describe, expect, it } from 'vitest';
import { mergeClaims, type StoryClaimInput } from '../../pipeline/dedupe/merge-claims.js';
import { sentenceFeatures } from '../../pipeline/dedupe/sentence-features.js';
import { sentenceKey } from '../../pipeline/dedupe/sentence-key.js';

/** A story of one publisher per sentence unless told otherwise. */
function story(ref: number, sentences: string[], publishers: string[] = [`outlet-${ref}`], extra: Partial<StoryClaimInput> = {}): StoryClaimInput {
  return { ref, status: 'new', sentences, features: sentenceFeatures(sentences.join(' '), sentences), publishers: sentences.map(() => publishers), ...extra };
}

const QUOTE = '“We will not accept any deal that keeps him in power,” Jubeir told reporters in Riyadh.';

describe('mergeClaims', () => {
  it('merges one quote carried by three outlets into one claim with all refs and support 3', () => {
    const claims = mergeClaims([story(1, ['Talks opened.', QUOTE]), story(2, [QUOTE]), story(3, ['Other news today here.', QUOTE.replace('“', '"').replace('”', '"')])], 0.6);
    const quote = claims.find((claim) => claim.text === QUOTE)!;
    expect(quote.refs).toEqual([1, 2, 3]);
    expect(quote.occurrences).toEqual([
      { ref: 1, sentence: 1 },
      { ref: 2, sentence: 0 },
      { ref: 3, sentence: 1 },
    ]);
    expect(quote.support).toBe(3);
    expect(claims).toHaveLength(3);
  });

  it('merges a lightly reworded statement and keeps the lowest ref wording', () => {
    const claims = mergeClaims(
      [
        story(1, ['Russia and Iran agreed to speed up talks on easing visa rules between the two countries.']),
        story(2, ['Iran and Russia have agreed to speed up the talks on easing visa rules between both countries.']),
      ],
      0.6,
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]!.text).toMatch(/^Russia and Iran/);
    expect(claims[0]!.refs).toEqual([1, 2]);
  });

  it('keeps statements apart that differ in a negation or a number', () => {
    const negated = mergeClaims([story(1, ['Turkey will send more troops to the Syrian border town.']), story(2, ['Turkey will not send more troops to the Syrian border town.'])], 0.6);
    expect(negated).toHaveLength(2);
    const counted = mergeClaims([story(1, ['Rocket attacks on Damascus killed 12 people on Sunday, monitors said.']), story(2, ['Rocket attacks on Damascus killed 15 people on Sunday, monitors said.'])], 0.6);
    expect(counted).toHaveLength(2);
  });

  it('keeps different statements about the same actors apart', () => {
    const claims = mergeClaims(
      [
        story(1, ['Lavrov said Russia would keep supplying weapons to the Syrian army.']),
        story(2, ['Lavrov said Russia would host the next round of Syrian peace talks.']),
      ],
      0.6,
    );
    expect(claims).toHaveLength(2);
  });

  it('counts every publisher carrying a sentence, copies included, once each', () => {
    const claims = mergeClaims([story(1, [QUOTE], ['wire', 'daily', 'weekly']), story(2, [QUOTE], ['daily', 'gazette'])], 0.6);
    expect(claims[0]!.support).toBe(4);
  });

  it('marks a claim stale only when a developing story already briefed it and no new story carries it', () => {
    const briefed = new Set([sentenceKey(QUOTE)]);
    const stale = mergeClaims([story(1, [QUOTE, 'A new development today.'], undefined, { status: 'developing', priorClaims: briefed })], 0.6);
    expect(stale.map((claim) => claim.fresh)).toEqual([false, true]);
    const spread = mergeClaims([story(1, [QUOTE], undefined, { status: 'developing', priorClaims: briefed }), story(2, [QUOTE])], 0.6);
    expect(spread[0]!.fresh).toBe(true);
  });

  it('orders claims by first occurrence', () => {
    const claims = mergeClaims([story(1, ['First thing said here.', 'Second thing said here.']), story(2, ['Third thing said here.', 'First thing said here.'])], 0.6);
    expect(claims.map((claim) => claim.occurrences[0])).toEqual([
      { ref: 1, sentence: 0 },
      { ref: 1, sentence: 1 },
      { ref: 2, sentence: 0 },
    ]);
  });
});
