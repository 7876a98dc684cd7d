import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortByKey } from '../../pipeline/dedupe/sort-by-key.js';

describe('sortByKey', () => {
  it('orders indexes by key, ties by index, as a stable comparison sort does', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 0xffffffff })), { maxLength: 300 }), (values) => {
        const keys = Uint32Array.from(values);
        const order = new Uint32Array(keys.length);
        sortByKey(keys, order, new Uint32Array(keys.length));
        const expected = values.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b);
        expect([...order]).toEqual(expected);
      }),
    );
  });
});
