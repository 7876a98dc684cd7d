import { describe, expect, it } from 'vitest';
import { mapInWorkers } from '../../pipeline/parallel/map-in-workers.js';

const SQUARE = new URL('../fixtures/parallel/square-worker.ts', import.meta.url);

describe('mapInWorkers', () => {
  it('returns results in the items order, whichever thread finished first, and spreads batches over threads', async () => {
    const items = Array.from({ length: 101 }, (_, i) => i);
    const progress: number[] = [];
    const results = await mapInWorkers<number, { square: number; thread: number }, { delayMs: number }>(SQUARE, items, {
      threads: 3,
      batch: 7,
      setup: { delayMs: 2 },
      onProgress: (done) => progress.push(done),
    });
    expect(results.map((r) => r.square)).toEqual(items.map((i) => i * i));
    expect(new Set(results.map((r) => r.thread)).size).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(items.length);
  });

  it('fails with the worker error when a handler throws', async () => {
    await expect(mapInWorkers(SQUARE, [1, 2, -3, 4], { threads: 2, batch: 1, setup: { delayMs: 0 } })).rejects.toThrow(/cannot square -3/u);
  });

  it('fails, rather than waiting forever, when a thread ends before its work is done', async () => {
    await expect(mapInWorkers(new URL('../fixtures/parallel/silent-worker.ts', import.meta.url), [1, 2], { threads: 1, batch: 1, setup: {} })).rejects.toThrow(/stopped .* 2 items still to do/u);
  });

  it('starts no thread for no items', async () => {
    expect(await mapInWorkers(SQUARE, [], { threads: 2, batch: 4, setup: { delayMs: 0 } })).toEqual([]);
  });
});
