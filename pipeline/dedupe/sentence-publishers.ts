import type { Article } from '../types.js';
import { publisherOf } from './publisher-of.js';
import { SHINGLE_WORDS, shingleHashes } from './shingle-hashes.js';
import { sortedSet } from './sorted-set.js';
import { wordHashes } from './word-hashes.js';

/**
 * Share of a sentence's shingles a copy must hold to carry that sentence. A
 * 5 %-edited copy keeps about 85 % of a sentence's 3-shingles; a copy truncated
 * before the sentence keeps none. 0.5 separates the two with room.
 */
const SENTENCE_IN_COPY = 0.5;

/**
 * For each sentence of a story's canonical article, the publishers that carry
 * it: the canonical's own, plus each duplicate whose text holds the sentence
 * (so a truncated copy does not support its missing tail). A sentence shorter
 * than one shingle cannot be checked and counts for every copy.
 */
export function sentencePublishers(
  canonical: Article,
  duplicates: readonly Article[],
  sentences: readonly string[],
): (readonly string[])[] {
  const own = publisherOf(canonical);
  if (duplicates.length === 0) {
    const only = [own];
    return sentences.map(() => only);
  }
  const copies = duplicates.map((duplicate) => ({
    publisher: publisherOf(duplicate),
    shingles: sortedSet(shingleHashes(wordHashes(duplicate.text))),
  }));
  return sentences.map((sentence) => {
    const words = wordHashes(sentence);
    const shingles = words.length < SHINGLE_WORDS ? undefined : shingleHashes(words);
    const carriers = new Set([own]);
    for (const copy of copies) {
      if (shingles === undefined || foundShare(shingles, copy.shingles) >= SENTENCE_IN_COPY) carriers.add(copy.publisher);
    }
    return [...carriers];
  });
}

/** Share of `needles` present in the ascending `haystack`. */
function foundShare(needles: Uint32Array, haystack: Uint32Array): number {
  let found = 0;
  for (const needle of needles) {
    let lo = 0;
    let hi = haystack.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (haystack[mid]! < needle) lo = mid + 1;
      else hi = mid;
    }
    if (haystack[lo] === needle) found++;
  }
  return found / needles.length;
}
