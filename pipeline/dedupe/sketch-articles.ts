import type { Article } from '../types.js';
import { minhashSignature, SIGNATURE_BINS } from './minhash-signature.js';
import { shingleHashes } from './shingle-hashes.js';
import { wordHashes } from './word-hashes.js';

/** MinHash sketches of a list of articles' bodies. */
export interface ArticleSketches {
  /** SIGNATURE_BINS values per article, article i at i * SIGNATURE_BINS. */
  readonly signatures: Uint32Array;
  /** Number of shingles (with repeats) per article: the size estimate for containment. */
  readonly shingles: Uint32Array;
}

/**
 * One pass over every body: words, shingles, sketch. Shingle lists are not
 * kept (100k articles would hold ~300 MB of them); the few articles that meet a
 * candidate are shingled again by `shingleSet`. Titles are left out: a
 * syndicated copy often runs under another headline.
 */
export function sketchArticles(articles: readonly Article[]): ArticleSketches {
  const signatures = new Uint32Array(articles.length * SIGNATURE_BINS);
  const shingles = new Uint32Array(articles.length);
  articles.forEach((article, i) => {
    const hashes = shingleHashes(wordHashes(article.text));
    minhashSignature(hashes, signatures, i * SIGNATURE_BINS);
    shingles[i] = hashes.length;
  });
  return { signatures, shingles };
}
