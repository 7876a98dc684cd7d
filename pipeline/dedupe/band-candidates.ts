import { fmix32 } from './fmix32.js';
import { murmurStep } from './murmur-step.js';
import { sortByKey } from './sort-by-key.js';

/** One band layout: `bands` bands of `rows` consecutive values each, from values 0..bands*rows-1 of each sketch. */
export interface Banding {
  readonly bands: number;
  readonly rows: number;
  /** Buckets larger than this are skipped in that band (default: none skipped). */
  readonly maxBucket?: number;
}

/**
 * LSH banding without hash maps: per band, each node's band key is hashed to
 * 32 bits, nodes are radix-sorted by key, and runs of one key are the buckets.
 * Within a bucket every member is offered with the bucket's first member and
 * with its predecessor: that links a whole bucket with 2 offers per member, so
 * a bucket of 1,000 copies costs 2,000 offers, not 500,000 pairs. Offers come
 * in ascending (band, key, index) order: deterministic. A layout may skip
 * buckets over `maxBucket` members: for sentences, where identical ones are
 * already merged, such a bucket holds sentences that share everyday words, and
 * a true pair in it meets again in another band.
 *
 * `sketches` holds `width` values per node, node n at n * width.
 */
export function bandCandidates(
  sketches: Uint32Array,
  width: number,
  banding: Banding,
  offer: (a: number, b: number) => void,
): void {
  const nodes = Math.floor(sketches.length / width);
  const keys = new Uint32Array(nodes);
  const order = new Uint32Array(nodes);
  const scratch = new Uint32Array(nodes);
  const maxBucket = banding.maxBucket ?? Number.POSITIVE_INFINITY;
  for (let band = 0; band < banding.bands; band++) {
    for (let node = 0; node < nodes; node++) {
      let h = band;
      const start = node * width + band * banding.rows;
      for (let row = 0; row < banding.rows; row++) h = murmurStep(h, sketches[start + row]!);
      keys[node] = fmix32(h);
    }
    sortByKey(keys, order, scratch);
    let runStart = 0;
    for (let i = 1; i <= nodes; i++) {
      if (i < nodes && keys[order[i]!] === keys[order[runStart]!]) continue;
      const first = order[runStart]!;
      if (i - runStart > maxBucket) {
        runStart = i;
        continue;
      }
      for (let j = runStart + 1; j < i; j++) {
        offer(first, order[j]!);
        if (j - 1 > runStart) offer(order[j - 1]!, order[j]!);
      }
      runStart = i;
    }
  }
}
