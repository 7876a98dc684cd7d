import { describe, expect, it } from 'vitest';
import { createLimiter } from '../../../pipeline/ingest/fetch/create-limiter.js';

describe('createLimiter', () => {
  it('never runs more than the limit at once and runs every task', async () => {
    const limit = createLimiter(2);
    let active = 0;
    let most = 0;
    const task = (n: number) => limit(async () => {
      active += 1; most = Math.max(most, active);
      await new Promise((r) => setTimeout(r, 5));
      active -= 1;
      return n;
    });
    expect(await Promise.all([1, 2, 3, 4, 5].map(task))).toEqual([1, 2, 3, 4, 5]);
    expect(most).toBe(2);
  });

  it('frees the slot when a task fails', async () => {
    const limit = createLimiter(1);
    await expect(limit(async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(await limit(async () => 'next')).toBe('next');
  });
});
