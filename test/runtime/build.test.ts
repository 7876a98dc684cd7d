import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { runCompiledCli, tempProject } from '../helpers/temp-project.js';

const DATE = '2026-11-23';
/** Packages only the sources and the build need: the compiled CLI must run without them. */
const BUILD_ONLY = ['tsx', 'esbuild', 'typescript'];
/** More local pages than ingest reads in one thread (WORKER_MIN_PAGES in read-inputs.ts), so worker threads start. */
const PAGES_FOR_WORKERS = 420;

let root: string;

beforeAll(async () => {
  root = await tempProject({ without: BUILD_ONLY });
}, 120_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the compiled CLI (.build/, written by npm run build)', () => {
  it('writes the seed digest byte for byte as the TypeScript sources do, without tsx or esbuild installed', async () => {
    const compiled = await runCompiledCli(root, ['seeds', '--out', 'compiled', '--date', DATE]);
    expect(compiled.code, compiled.stderr).toBe(0);
    const sources = path.join(await mkdtemp(path.join(tmpdir(), 'sources-')), 'out');
    const fromSources = await runCli(['seeds', '--out', sources, '--date', DATE], { sources: true });
    expect(fromSources.code, fromSources.stderr).toBe(0);
    const files = async (dir: string): Promise<string[]> =>
      (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name))).sort();
    const names = await files(sources);
    expect(await files(path.join(root, 'compiled'))).toEqual(names);
    expect(names).toEqual(expect.arrayContaining([`${DATE}.html`, `ledger/${DATE}.bin`]));
    for (const name of names) {
      expect(await readFile(path.join(root, 'compiled', name)), name).toEqual(await readFile(path.join(sources, name)));
    }
  }, 120_000);

  it('reads many local pages in worker threads that run its own bundled worker module', async () => {
    const pages = path.join(root, 'pages');
    await mkdir(pages);
    const seed = await readFile(path.join(root, 'seeds', (await readdir(path.join(root, 'seeds'))).sort()[0]!), 'utf8');
    for (let i = 0; i < PAGES_FOR_WORKERS; i++) await writeFile(path.join(pages, `${String(i).padStart(4, '0')}.txt`), `Page ${i}\n\n${seed}`);
    const result = await runCompiledCli(root, ['pages', '--out', 'pages-out', '--date', DATE]);
    expect(result.code, result.stderr).toBe(0);
    const digest = JSON.parse(await readFile(path.join(root, 'pages-out', `${DATE}.json`), 'utf8')) as { stats: { inputs: number; rejected: number } };
    expect(digest.stats).toMatchObject({ inputs: PAGES_FOR_WORKERS, rejected: 0 });
  }, 120_000);
});
