// test/deliver/lock.test.ts covers a held lock, waiting, the
// holder's PID in the message and stale-lock takeover. What it leaves out:
// two real digest runs started at the same instant into one folder, racing
// for the lock itself.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../pipeline/exit-codes.js';
import { recordCounts } from './record-counts.js';
import { freezePipeline, runAndKill } from './run-and-kill.js';
import { ROOT } from '../helpers/run-cli.js';
import { changedPaths, snapshotTree } from './snapshot-tree.js';

const DATE = '2026-06-01';

describe('two digest runs started together into one output folder', () => {
  it('run one after the other (the second waits), and leave the same files as a single run', async () => {
    const cli = await freezePipeline();
    const seeds = path.join(ROOT, 'seeds');
    const single = path.join(await mkdtemp(path.join(tmpdir(), 'race-')), 'out');
    expect((await runAndKill([seeds, '--out', single, '--date', DATE, '-q'], undefined, {}, cli)).code).toBe(EXIT.ok);

    const shared = path.join(await mkdtemp(path.join(tmpdir(), 'race-')), 'out');
    const args = [seeds, '--out', shared, '--date', DATE, '--wait', '120', '-q'];
    const [a, b] = await Promise.all([runAndKill(args, undefined, {}, cli), runAndKill(args, undefined, {}, cli)]);
    const differences = changedPaths(await snapshotTree(single), await snapshotTree(shared));
    recordCounts({ kind: 'two runs racing for one output folder', trials: 1, faults: 1, crashes: [a, b].filter((run) => run.code !== EXIT.ok).length, torn: differences.length });
    expect([a.code, b.code], `${a.stderr}\n${b.stderr}`).toEqual([EXIT.ok, EXIT.ok]);
    expect(differences).toEqual([]);
  }, 180_000);
});
