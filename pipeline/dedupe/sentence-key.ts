import { sentenceFeatures } from './sentence-features.js';

/**
 * The id of one sentence's normalised form (16 hex digits over its case-folded
 * words), exactly as `sentenceFeatures` keys it inside an article: punctuation,
 * quotes and spacing do not change it.
 */
export function sentenceKey(sentence: string): string {
  return sentenceFeatures(sentence, [sentence]).keys[0]!;
}
