import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDEX_FILE, readIndex } from '../../pipeline/deliver/read-index.js';

const STATS = { inputs: 5, articles: 5, duplicates: 0, rejected: 0, actors: 9 };

describe('readIndex', () => {
  it('is undefined for a folder without an index, so the run rebuilds it from the digests', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'index-'));
    expect(await readIndex(dir, () => {})).toBeUndefined();
  });

  it('reads the entries back, counts only', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'index-'));
    const digests = [{ date: '2026-01-02', headline: 'Two', stats: { ...STATS, extra: 1 } }, { date: '2026-01-01', headline: 'One', stats: STATS }];
    await writeFile(path.join(dir, INDEX_FILE), JSON.stringify({ version: 1, digests }));
    expect(await readIndex(dir, () => {})).toEqual([{ date: '2026-01-02', headline: 'Two', stats: STATS }, { date: '2026-01-01', headline: 'One', stats: STATS }]);
  });

  it('reports a damaged index and leaves it to be rebuilt', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'index-'));
    const warnings: string[] = [];
    await writeFile(path.join(dir, INDEX_FILE), JSON.stringify({ version: 1, digests: [{ date: '2026-01-01', headline: 'One' }] }));
    expect(await readIndex(dir, (message) => warnings.push(message))).toBeUndefined();
    expect(warnings).toEqual([`rebuilding ${path.join(dir, INDEX_FILE)} from the digests: entry 0 lacks a date, headline or counts`]);
  });
});
