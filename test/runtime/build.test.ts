import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';
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
    // Compiled, the actor registry comes from the snapshot the build wrote; the sources compile it.
    await expect(readFile(path.join(root, '.build/registry.snapshot'))).resolves.toBeInstanceOf(Buffer);
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

  it('reads every kind of input as the sources do: front matter, HTML pages, feeds, legacy encodings', async () => {
    // Each loads a package on demand (yaml, @mozilla/readability with linkedom, fast-xml-parser, chardet with
    // iconv-lite): a package the bundle hands over differently from Node (a CommonJS one seen only as `default`)
    // shows here as a rejected input or different bytes.
    const inputs = path.join(root, 'kinds');
    await mkdir(inputs);
    const fixtures = path.join(ROOT, 'test/fixtures/ingest');
    for (const name of ['markdown/field-notes.md', 'html/news-jsonld.html', 'html/blog-opengraph.html', 'feed/rss-full.xml', 'encoding/windows-1252.txt', 'encoding/windows-1252-meta.html']) {
      await copyFile(path.join(fixtures, name), path.join(inputs, name.replace('/', '-')));
    }
    // A page whose paragraphs sit in sibling sections: Readability reads them all, the last step of the
    // cascade (the largest cluster of paragraphs under one parent) only the longest.
    const sections = ['The harbour talks resumed on Monday in Geneva, officials from both delegations said.', 'Negotiators said the first session covered shipping lanes and the customs checks that have held up cargo for weeks, and that a second session would take up fishing rights.', 'A spokesman for the port authority said it welcomed the talks.'];
    await writeFile(path.join(inputs, 'sections.html'), `<!doctype html><html><head><title>Harbour talks resume</title></head><body><article><h1>Harbour talks resume</h1>${sections.map((text) => `<section><p>${text}</p></section>`).join('')}</article></body></html>`);
    const compiled = await runCompiledCli(root, ['kinds', '--out', 'kinds-out', '--date', DATE, '-q']);
    expect(compiled.stderr).toBe('');
    expect(compiled.code).toBe(0);
    const sources = path.join(await mkdtemp(path.join(tmpdir(), 'sources-')), 'out');
    // From the same working folder: the digest names inputs by their path from it.
    const fromSources = await runCli(['kinds', '--out', sources, '--date', DATE, '-q'], { sources: true, cwd: root });
    expect(fromSources.code, fromSources.stderr).toBe(0);
    for (const name of [`${DATE}.json`, `${DATE}.md`]) {
      expect(await readFile(path.join(root, 'kinds-out', name), 'utf8'), name).toBe(await readFile(path.join(sources, name), 'utf8'));
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
