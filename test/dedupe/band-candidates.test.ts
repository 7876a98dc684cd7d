import { describe, expect, it } from 'vitest';
import { bandCandidates } from '../../pipeline/dedupe/band-candidates.js';

describe('bandCandidates', () => {
  it('offers each member of a bucket of 1,000 copies at most twice per band, not all pairs', () => {
    const width = 6;
    const sketches = new Uint32Array(1000 * width).fill(7);
    let offers = 0;
    bandCandidates(sketches, width, { bands: 2, rows: 3 }, () => offers++);
    expect(offers).toBeLessThanOrEqual(2 * 2 * 999);
    expect(offers).toBeGreaterThanOrEqual(2 * 999);
  });

  it('offers only nodes that agree on every row of some band', () => {
    const sketches = Uint32Array.from([1, 2, 3, 4, /* node 1 */ 1, 2, 9, 9, /* node 2 */ 5, 6, 3, 4, /* node 3 */ 1, 9, 3, 9]);
    const pairs: string[] = [];
    bandCandidates(sketches, 4, { bands: 2, rows: 2 }, (a, b) => pairs.push(`${Math.min(a, b)}-${Math.max(a, b)}`));
    expect(pairs.sort()).toEqual(['0-1', '0-2']);
  });

  it('skips buckets larger than maxBucket', () => {
    const sketches = new Uint32Array(10 * 2).fill(1);
    let offers = 0;
    bandCandidates(sketches, 2, { bands: 1, rows: 2, maxBucket: 5 }, () => offers++);
    expect(offers).toBe(0);
  });
});
