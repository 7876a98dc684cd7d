import type { Digest, DigestArticle } from '../../types.js';

/** The digest's articles sorted by ref (the contract promises it; sorting makes it true for any input). */
export function articlesByRef(digest: Digest): readonly DigestArticle[] {
  return [...digest.articles].sort((x, y) => x.ref - y.ref);
}
