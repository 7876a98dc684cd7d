import type { Article } from '../types.js';
import { bandCandidates } from './band-candidates.js';
import { compareSets } from './compare-sets.js';
import { estimateOverlap } from './estimate-overlap.js';
import { SIGNATURE_BINS } from './minhash-signature.js';
import type { ResolvedDedupeOptions } from './resolve-options.js';
import { shingleHashes } from './shingle-hashes.js';
import type { ArticleSketches } from './sketch-articles.js';
import { sortedSet } from './sorted-set.js';
import type { UnionFind } from './union-find.js';
import { wordHashes } from './word-hashes.js';

/**
 * LSH layout: 42 bands of 3 rows over 126 of the 128 bins. A pair at Jaccard
 * 0.5 becomes a candidate with probability 1 - (1 - 0.5^3)^42 = 0.996, at 0.4
 * with 0.94, at 0.6 with 0.99999; a same-topic pair at 0.05 with 0.005.
 * Tuned as a set with SHINGLE_WORDS and the default thresholds.
 */
const ARTICLE_BANDING = { bands: 42, rows: 3 } as const;

/**
 * How far below a threshold a sketch estimate may fall and still earn an exact
 * comparison: 0.15 is over 3 standard deviations of a 128-bin estimate, so a
 * true duplicate is almost never dropped, while most chance collisions are.
 */
const ESTIMATE_MARGIN = 0.15;

/**
 * Fewest distinct shingles the shorter article needs for containment alone to
 * merge: below that, a one-paragraph brief quoting a long story would be folded
 * into it. 20 shingles is about 22 words, shorter than any real truncated copy.
 */
export const MIN_CONTAINMENT_SHINGLES = 20;

/**
 * Join near-duplicate articles in `families` (indexes into `articles`):
 * candidates from LSH bands, kept when their sketches come near a threshold,
 * confirmed by exact Jaccard or containment of their shingle sets.
 */
export function groupArticles(
  articles: readonly Article[],
  sketches: ArticleSketches,
  options: ResolvedDedupeOptions,
  families: UnionFind,
): void {
  const sets = new Map<number, Uint32Array>();
  const shingleSet = (i: number): Uint32Array => {
    let set = sets.get(i);
    if (set === undefined) {
      set = sortedSet(shingleHashes(wordHashes(articles[i]!.text)));
      sets.set(i, set);
    }
    return set;
  };
  // Copies with one id have one title and text: join them even when the text is too short to sketch.
  const firstById = new Map<string, number>();
  articles.forEach((article, i) => {
    const first = firstById.get(article.id);
    if (first === undefined) firstById.set(article.id, i);
    else families.union(first, i);
  });
  const { signatures, shingles } = sketches;
  bandCandidates(signatures, SIGNATURE_BINS, ARTICLE_BANDING, (a, b) => {
    if (families.find(a) === families.find(b)) return;
    const sizes = [shingles[a]!, shingles[b]!] as const;
    const estimate = estimateOverlap(signatures, a * SIGNATURE_BINS, signatures, b * SIGNATURE_BINS, SIGNATURE_BINS, sizes);
    if (estimate.jaccard < options.similarity - ESTIMATE_MARGIN && estimate.containment < options.containment - ESTIMATE_MARGIN) return;
    const setA = shingleSet(a);
    const setB = shingleSet(b);
    const exact = compareSets(setA, setB);
    const containmentCounts = Math.min(setA.length, setB.length) >= MIN_CONTAINMENT_SHINGLES;
    if (exact.jaccard >= options.similarity || (containmentCounts && exact.containment >= options.containment)) {
      families.union(a, b);
    }
  });
}
