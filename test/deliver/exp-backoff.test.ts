import { describe, expect, it } from 'vitest';
import { expBackoff } from '../../pipeline/deliver/index.js';

function take(iterator: Iterator<number>, n: number): number[] {
  return Array.from({ length: n }, () => iterator.next().value as number);
}

describe('expBackoff', () => {
  it('waits 5 s, 15 s, 45 s, then a minute at most by default', () => {
    expect(take(expBackoff(), 6)).toEqual([5_000, 15_000, 45_000, 60_000, 60_000, 60_000]);
  });

  it('takes the first delay, the factor and the cap as arguments', () => {
    expect(take(expBackoff(1, 2, 5), 5)).toEqual([1, 2, 4, 5, 5]);
  });
});
