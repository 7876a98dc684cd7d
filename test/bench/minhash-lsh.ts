import minhash, { type Minhash } from 'minhash';
import type { PeerPairs } from './all-pairs-jaccard.js';
import { shingleWords } from './shingle-words.js';

/**
 * The npm `minhash` package as its README uses it: a 128-permutation Minhash per
 * article fed its word 5-shingles, an LshIndex of bands of 4, then each article
 * queried, and a candidate kept when the signatures' Jaccard estimate reaches
 * `similarity` (the package has no containment measure). Checks the deadline
 * between articles; `progress` counts signatures built (the query pass after them is
 * cheap next to hashing), so a projection from it is a lower bound.
 */
export function minhashLsh(texts: readonly string[], similarity: number, deadline: number): PeerPairs {
  const index = new minhash.LshIndex();
  const signatures: Minhash[] = [];
  for (let i = 0; i < texts.length; i++) {
    const signature = new minhash.Minhash();
    for (const shingle of shingleWords(texts[i]!)) signature.update(shingle);
    index.insert(String(i), signature);
    signatures.push(signature);
    if (performance.now() > deadline) return { pairs: [], done: false, progress: (i + 1) / texts.length };
  }
  const pairs: [number, number][] = [];
  for (let i = 0; i < signatures.length; i++) {
    const signature = signatures[i]!;
    for (const key of index.query(signature)) {
      const j = Number(key);
      if (j > i && signature.jaccard(signatures[j]!) >= similarity) pairs.push([i, j]);
    }
    if (performance.now() > deadline) return { pairs, done: false, progress: 1 };
  }
  return { pairs, done: true, progress: 1 };
}
