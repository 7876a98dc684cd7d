import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, statfs, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeLedgerDay } from '../../pipeline/deliver/decode-ledger-day.js';
import { EXIT } from '../../pipeline/exit-codes.js';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { recordCounts } from './record-counts.js';
import { changedPaths, snapshotTree, type Snapshot } from './snapshot-tree.js';

const run = promisify(execFile);
const OLD_DATE = '2026-04-01';
const DATE = '2026-04-02';
/** Size of the small filesystem the full-disk trials run on: room for the old state and the new outputs, and no more. */
const TMPFS_SIZE = '4m';
/** Free-space levels (KB left on the filesystem when the run starts): from none to enough, so the disk fills at every write. */
const FREE_LEVELS_KB = [0, 24, 48, 100, 300];
const PATTERNS = {
  temporary: /(?:^|\/)\.[^/]+\.\d+\.\d+\.tmp$/u,
} as const;

let root: string;
/** The old state: yesterday's digest (one seed) and an earlier version of today's (two seeds). */
let oldDir: string;
let corpus: string;
const mounts: string[] = [];
const tally = { faults: 0, lost: 0, torn: 0 };

/** Mount a tmpfs (root only); undefined when this machine refuses. */
async function mountTmpfs(options: string): Promise<string | undefined> {
  const dir = await mkdtemp(path.join(tmpdir(), 'tmpfs-'));
  try {
    await run('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]);
  } catch {
    return undefined;
  }
  mounts.push(dir);
  return dir;
}

/** Files an interrupted or failed run may leave that are not outputs. */
const isScratch = (name: string) => PATTERNS.temporary.test(name) || name === '.lock';

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'faults-'));
  corpus = path.join(root, 'corpus');
  const oldCorpus = path.join(root, 'old-corpus');
  await mkdir(oldCorpus);
  const seeds = (await readdir(path.join(ROOT, 'seeds'))).sort();
  await cp(path.join(ROOT, 'seeds'), corpus, { recursive: true });
  await cp(path.join(ROOT, 'seeds', seeds[0]!), path.join(oldCorpus, seeds[0]!));
  // Today's earlier version had one more article: a day with nothing new would write no digest.
  const oldTodayCorpus = path.join(root, 'old-today-corpus');
  await cp(oldCorpus, oldTodayCorpus, { recursive: true });
  await cp(path.join(ROOT, 'seeds', seeds[1]!), path.join(oldTodayCorpus, seeds[1]!));
  oldDir = path.join(root, 'old-out');
  for (const [date, dayCorpus] of [[OLD_DATE, oldCorpus], [DATE, oldTodayCorpus]] as const) {
    const result = await runCli([dayCorpus, '--out', oldDir, '--date', date, '-q']);
    if (result.code !== 0) throw new Error(`setting up the old state failed: ${result.stderr}`);
  }
}, 60_000);

afterAll(async () => {
  for (const dir of mounts) await run('umount', ['-l', dir]).catch(() => {});
  recordCounts({ kind: 'faults around the run (unwritable folder, full disk, corrupt ledger and cache, bad config)', trials: tally.faults, faults: tally.faults, lost: tally.lost, torn: tally.torn });
});

/** Run the CLI into a copy of the old state (or into `outDir` as it is) and compare before and after. */
async function runOnOldState(outDir: string, extra: readonly string[] = [], cwd = root) {
  const before = await snapshotTree(outDir);
  const result = await runCli([corpus, '--out', outDir, '--date', DATE, '-q', ...extra], { cwd });
  const after = await snapshotTree(outDir);
  return { result, before, after, changed: changedPaths(before, after) };
}

function expectIntact(before: Snapshot, after: Snapshot): void {
  const changed = changedPaths(before, after);
  if (changed.length > 0) tally.lost += 1;
  expect(changed, 'a failed run changed existing files').toEqual([]);
}

describe('an output folder that cannot be written', () => {
  it('stops with the run-failed exit code and a message naming the folder when its parent is a regular file', async () => {
    const file = path.join(root, 'not-a-folder');
    await writeFile(file, 'a regular file\n');
    const { result } = await runOnOldState(path.join(file, 'out'));
    tally.faults += 1;
    expect(result.code).toBe(EXIT.runFailed);
    expect(result.stderr).toMatch(/not-a-folder/u);
    expect(result.stderr).toMatch(/ENOTDIR|not a directory/iu);
    expect(await readFile(file, 'utf8')).toBe('a regular file\n');
  }, 120_000);

  it('stops with the run-failed exit code and leaves a read-only folder as it was', async (context) => {
    const mount = await mountTmpfs('size=8m');
    if (mount === undefined) return context.skip();
    await cp(oldDir, mount, { recursive: true });
    await run('mount', ['-o', 'remount,ro', mount]);
    const { result, before, after } = await runOnOldState(mount);
    tally.faults += 1;
    expect(result.code).toBe(EXIT.runFailed);
    expect(result.stderr).toMatch(/EROFS|read-only/iu);
    expectIntact(before, after);
  }, 120_000);
});

describe('a disk that fills during the run', () => {
  it('either completes or fails with the run-failed code and leaves every existing file as it was, wherever the space runs out', async (context) => {
    const outcomes: string[] = [];
    const violations: string[] = [];
    for (const freeKb of FREE_LEVELS_KB) {
      const mount = await mountTmpfs(`size=${TMPFS_SIZE}`);
      if (mount === undefined) return context.skip();
      try {
        const outDir = path.join(mount, 'out');
        await cp(oldDir, outDir, { recursive: true });
        const { bavail, bsize } = await statfs(mount);
        const filler = bavail * bsize - freeKb * 1024;
        if (filler > 0) await writeFile(path.join(mount, 'filler'), Buffer.alloc(filler));
        const { result, before, after } = await runOnOldState(outDir);
        tally.faults += 1;
        const outputs = changedPaths(before, after).filter((name) => !isScratch(name));
        const leftovers = [...after.keys()].filter((name) => PATTERNS.temporary.test(name));
        outcomes.push(`${freeKb} KB free: exit ${result.code}, ${outputs.length} files changed, ${leftovers.length} temporary files left`);
        if (result.code === EXIT.ok) {
          if (after.get(`${DATE}.json`)?.equals(before.get(`${DATE}.json`)!)) violations.push(`${freeKb} KB free: exit 0 but the digest was not written`);
          continue;
        }
        if (result.code !== EXIT.runFailed) violations.push(`${freeKb} KB free: exit ${result.code}, expected ${EXIT.runFailed}: ${result.stderr.trim()}`);
        if (!/ENOSPC|no space/iu.test(result.stderr)) violations.push(`${freeKb} KB free: the message does not say the disk is full: ${result.stderr.trim()}`);
        if (outputs.length > 0) {
          tally.lost += 1;
          violations.push(`${freeKb} KB free: the failed run changed existing files ${outputs.join(', ')}`);
        }
        if (leftovers.length > 0) violations.push(`${freeKb} KB free: temporary files left: ${leftovers.join(', ')}`);
      } finally {
        await run('umount', ['-l', mount]);
        mounts.splice(mounts.indexOf(mount), 1);
      }
    }
    console.info(`full disk: ${outcomes.join('; ')}`);
    expect(violations).toEqual([]);
    // The levels must include failures, or the fault was never injected.
    expect(outcomes.some((line) => line.includes(`exit ${EXIT.runFailed}`))).toBe(true);
  }, 180_000);
});

describe('corrupt state files', () => {
  it('sets a corrupt ledger day file aside, reports it, and writes the day of the run whole', async () => {
    const outDir = path.join(await mkdtemp(path.join(tmpdir(), 'faults-ledger-')), 'out');
    await cp(oldDir, outDir, { recursive: true });
    const garbage = 'ADL1 torn in the middle of a row';
    await writeFile(path.join(outDir, 'ledger', `${OLD_DATE}.bin`), garbage);
    const { result, before, after } = await runOnOldState(outDir);
    tally.faults += 1;
    expect(result.code, result.stderr).toBe(EXIT.ok);
    expect(result.stderr).toMatch(/ledger .*corrupt.*set aside/iu);
    expect(after.get(`ledger/${OLD_DATE}.bin.corrupt-${DATE}`)?.toString('utf8')).toBe(garbage);
    expect(decodeLedgerDay(after.get(`ledger/${DATE}.bin`)!, DATE).length).toBeGreaterThan(0);
    // Yesterday's digest is not this run's business.
    for (const ext of ['json', 'md', 'html', 'txt']) expect(after.get(`${OLD_DATE}.${ext}`)?.equals(before.get(`${OLD_DATE}.${ext}`)!), ext).toBe(true);
  }, 120_000);

  it('treats a corrupt cache entry as missing: reports it, fetches the page again and rewrites the entry whole', async () => {
    let requests = 0;
    const server: Server = createServer((_request, response) => {
      requests += 1;
      response.writeHead(200, { 'content-type': 'text/html' }).end(
        '<!doctype html><html><head><title>Ferry fares frozen for winter</title></head><body><article><h1>Ferry fares frozen for winter</h1>' +
          '<p>The island ferry company froze fares until March on Monday, its chief executive Tomas Berg said, citing lower fuel prices.</p>' +
          '<p>Berg said the company would add two evening crossings in December and review the timetable in spring.</p>' +
          '<p>Commuter groups welcomed the freeze but said the last crossing still left too early for late-shift workers.</p></article></body></html>',
      );
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const dir = await mkdtemp(path.join(tmpdir(), 'faults-cache-'));
      await writeFile(path.join(dir, 'digest.config.json'), JSON.stringify({ fetch: { allowPrivate: ['127.0.0.1'], attempts: 1 } }));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ferry.html`;
      const args = [url, '--out', 'out', '--date', DATE, '-q'];
      expect((await runCli(args, { cwd: dir })).code).toBe(EXIT.ok);
      const firstDigest = await readFile(path.join(dir, 'out', `${DATE}.json`));
      const cacheDir = path.join(dir, 'out/.cache/pages');
      const [entry] = await readdir(cacheDir);
      expect(entry).toBeDefined();
      await writeFile(path.join(cacheDir, entry!), '{"requested": "http://trunc');
      const before = requests;
      const result = await runCli(args, { cwd: dir });
      tally.faults += 1;
      expect(result.code, result.stderr).toBe(EXIT.ok);
      expect(result.stderr).toMatch(/cache entry .*corrupt/iu);
      expect(requests).toBe(before + 1);
      expect(JSON.parse(await readFile(path.join(cacheDir, entry!), 'utf8'))).toMatchObject({ requested: url, status: 200 });
      expect(await readFile(path.join(dir, 'out', `${DATE}.json`))).toEqual(firstDigest);
    } finally {
      server.close();
    }
  }, 120_000);
});

describe('a config file with a mistake', () => {
  it.each([
    ['a misspelt field', '{"fetch": {"timout": 5}}', /unknown field "timout"/u],
    ['a value of the wrong type', '{"fetch": {"attempts": "three"}}', /attempts/u],
    ['broken JSON', '{"sources": ["seeds",', /digest\.config\.json/u],
  ])('stops on %s with the usage exit code, a message naming it, and every file untouched', async (_what, config, message) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'faults-config-'));
    const outDir = path.join(dir, 'out');
    await cp(oldDir, outDir, { recursive: true });
    await writeFile(path.join(dir, 'digest.config.json'), config);
    const { result, before, after } = await runOnOldState(outDir, [], dir);
    tally.faults += 1;
    expect(result.code).toBe(EXIT.usage);
    expect(result.stderr).toMatch(message);
    expectIntact(before, after);
  }, 120_000);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
