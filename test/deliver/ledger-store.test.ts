import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMPTY_LEDGER, readLedger, writeLedger } from '../../pipeline/deliver/ledger-store.js';
import type { Ledger } from '../../pipeline/types.js';

const ledger: Ledger = {
  version: 1,
  entries: [{ fingerprint: 'abc', date: '2026-01-01', lastDate: '2026-01-01', title: 'T', articles: ['a1'], claims: ['c1'] }],
};

describe('readLedger', () => {
  it('starts empty when there is no ledger yet', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ledger-'));
    expect(await readLedger(dir, '2026-01-02')).toEqual({ ledger: EMPTY_LEDGER });
  });

  it('reads back what writeLedger stored', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ledger-'));
    await writeLedger(dir, ledger);
    expect((await readLedger(dir, '2026-01-02')).ledger).toEqual(ledger);
  });

  it('sets a corrupt ledger aside and says so, never resetting it silently', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ledger-'));
    await writeFile(path.join(dir, 'ledger.json'), '{"version": 1, "entries": [');
    const read = await readLedger(dir, '2026-01-02');
    expect(read.ledger).toEqual(EMPTY_LEDGER);
    expect(read.warning).toMatch(/corrupt \(not JSON/);
    expect(await readdir(dir)).toEqual(['ledger.corrupt-2026-01-02.json']);
    expect(await readFile(path.join(dir, 'ledger.corrupt-2026-01-02.json'), 'utf8')).toBe('{"version": 1, "entries": [');
  });

  it('treats a ledger of another shape as corrupt', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ledger-'));
    await writeFile(path.join(dir, 'ledger.json'), '{"version": 2, "entries": []}');
    expect((await readLedger(dir, '2026-01-02')).warning).toMatch(/version 2, expected 1/);
  });
});
