import { mkdtempSync, mkdirSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import * as ingestModule from '../../pipeline/ingest/index.js';
import { ingest } from '../../pipeline/ingest/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const options = (cwd: string) => ({ cwd, userAgent: 'actor-digest/test' });
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ingest-'));
  mkdirSync(path.join(dir, 'inbox/nested'), { recursive: true });
  for (const name of readdirSync(path.join(ROOT, 'seeds'))) copyFileSync(path.join(ROOT, 'seeds', name), path.join(dir, 'inbox', name));
  copyFileSync(path.join(ROOT, 'test/fixtures/ingest/html/news-jsonld.html'), path.join(dir, 'inbox/nested/page.html'));
  copyFileSync(path.join(ROOT, 'test/fixtures/ingest/markdown/field-notes.md'), path.join(dir, 'inbox/nested/notes.md'));
  copyFileSync(path.join(ROOT, 'test/fixtures/ingest/feed/rss-full.xml'), path.join(dir, 'inbox/feed.xml'));
  writeFileSync(path.join(dir, 'inbox/.hidden.txt'), 'hidden files are skipped');
  writeFileSync(path.join(dir, 'empty.txt'), '');
  writeFileSync(path.join(dir, 'blank.txt'), ' \n\t\n  ');
  writeFileSync(path.join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]));
  writeFileSync(path.join(dir, 'nul.txt'), Buffer.from('text\u0000with a NUL byte'));
  writeFileSync(path.join(dir, 'report.docx'), 'not read');
  writeFileSync(path.join(dir, 'README'), 'no extension');
  writeFileSync(path.join(dir, 'huge.txt'), Buffer.alloc(10 * 1024 * 1024 + 1, 0x61));
  writeFileSync(path.join(dir, 'one-line.txt'), `${'word '.repeat(1_500_000)}end.`);
  writeFileSync(path.join(dir, 'private-teaser.xml'), '<rss version="2.0"><channel><title>T</title><item><title>Teaser</title><link>http://127.0.0.1:9/secret</link><description>Short teaser…</description></item></channel></rss>');
  writeFileSync(path.join(dir, 'empty-feed.xml'), '<?xml version="1.0"?><rss version="2.0"><channel><title>None</title></channel></rss>');
});

describe('ingest', () => {
  it('exports only the entry point', () => {
    expect(Object.keys(ingestModule)).toEqual(['ingest']);
  });

  it('reads a folder recursively, in sorted order, with folder-relative POSIX paths', async () => {
    const progress: [number, number][] = [];
    const output = await ingest(['inbox/'], { ...options(dir), onProgress: (done, total) => progress.push([done, total]) });
    expect(output.articles.map((a) => a.path)).toEqual([
      'inbox/000_176bfc2efc93e602.txt', 'inbox/001_d3e2b14bfedb9e02.txt', 'inbox/002_e3aeec2615f348da.txt',
      'inbox/003_ee764d591e737cda.txt', 'inbox/004_a390985eadb734f0.txt',
      'inbox/feed.xml#1', 'inbox/feed.xml#2', 'inbox/nested/notes.md', 'inbox/nested/page.html',
    ]);
    expect(output.articles.map((a) => a.kind)).toEqual(['text', 'text', 'text', 'text', 'text', 'feed', 'feed', 'markdown', 'html']);
    expect(output.rejected).toEqual([]);
    expect(output.inputs).toBe(9);
    expect(progress.at(-1)).toEqual([8, 8]);
  });

  it('gives the same ids and order on every run', async () => {
    const [a, b] = await Promise.all([ingest(['inbox'], options(dir)), ingest(['inbox'], options(dir))]);
    expect(a).toEqual(b);
    expect(new Set(a.articles.map((x) => x.id)).size).toBe(a.articles.length);
  });

  it('rejects each bad file with its own reason and keeps going', async () => {
    const bad = ['empty.txt', 'blank.txt', 'image.txt', 'nul.txt', 'report.docx', 'README', 'huge.txt', 'empty-feed.xml', 'missing.txt'];
    const output = await ingest([...bad, 'inbox/002_e3aeec2615f348da.txt'], options(dir));
    expect(output.articles).toHaveLength(1);
    expect(Object.fromEntries(output.rejected.map((r) => [r.path, r.code]))).toEqual({
      'empty.txt': 'empty', 'blank.txt': 'empty', 'image.txt': 'binary', 'nul.txt': 'binary', 'report.docx': 'unsupported',
      README: 'unsupported', 'huge.txt': 'too-large', 'empty-feed.xml': 'not-article', 'missing.txt': 'unreachable',
    });
    for (const r of output.rejected) expect(r.reason).toMatch(/^[A-Z].{15,}\.$/u);
    expect(output.rejected.map((r) => r.path)).toEqual([...output.rejected.map((r) => r.path)].sort());
  });

  it('does not fetch a feed item link that points at a private address', async () => {
    const output = await ingest(['private-teaser.xml'], options(dir));
    expect(output.rejected).toEqual([expect.objectContaining({ path: 'http://127.0.0.1:9/secret', code: 'blocked' })]);
  });

  it('reads a single 7.5 MB line without stalling', async () => {
    const output = await ingest(['one-line.txt'], options(dir));
    expect(output.articles).toHaveLength(1);
    expect(output.articles[0]?.text.endsWith('end.')).toBe(true);
  });

  it('honours maxFileBytes', async () => {
    const output = await ingest(['inbox/002_e3aeec2615f348da.txt'], { ...options(dir), maxFileBytes: 1000 });
    expect(output.rejected[0]).toMatchObject({ code: 'too-large', reason: expect.stringContaining('1000 bytes') });
  });

  it('expands globs relative to cwd', async () => {
    const output = await ingest(['inbox/00[12]_*.txt', 'nothing/*.md'], options(dir));
    expect(output.articles.map((a) => a.path)).toEqual(['inbox/001_d3e2b14bfedb9e02.txt', 'inbox/002_e3aeec2615f348da.txt']);
    expect(output.rejected).toEqual([expect.objectContaining({ path: 'nothing/*.md', code: 'empty' })]);
  });

  it('decodes legacy and UTF-16 files and normalises to NFC', async () => {
    const output = await ingest(['test/fixtures/ingest/encoding'], options(ROOT));
    const byName = Object.fromEntries([...output.articles.map((a) => [path.basename(a.path), a.title]), ...output.rejected.map((r) => [path.basename(r.path), r.code])]);
    expect(byName).toEqual({
      'nfd.txt': 'Réouverture du café',
      'undecodable.txt': 'undecodable',
      'utf16be-bom.txt': 'Réouverture du café de la gare',
      'utf16le-bom.txt': 'Réouverture du café de la gare',
      'utf8-bom.txt': 'Réouverture du café de la gare',
      'windows-1252.txt': 'Réouverture du café de la gare',
      'windows-1252-meta.html': 'Le marché couvert rouvre ses portes',
    });
    expect(output.articles.find((a) => a.path.endsWith('nfd.txt'))?.title).toBe('R\u00e9ouverture du caf\u00e9');
  });
});

describe('ingest in worker threads', () => {
  it('gives exactly what one thread gives, for every kind of input and rejection', async () => {
    // Every fixture folder (pages of each kind, encodings, broken files) plus the run's own odd files.
    const sources = ['.', ...['text', 'html', 'markdown', 'feed', 'encoding'].map((kind) => path.join(ROOT, 'test/fixtures/ingest', kind))];
    const progress: [number, number][] = [];
    const inThread = await ingest(sources, { ...options(dir), threads: 0 });
    const inWorkers = await ingest(sources, { ...options(dir), threads: 2, onProgress: (done, total) => progress.push([done, total]) });
    expect(inWorkers).toEqual(inThread);
    expect(inThread.articles.length).toBeGreaterThan(20);
    expect(inThread.rejected.length).toBeGreaterThan(5);
    const [done, total] = progress.at(-1) ?? [0, -1];
    expect(done).toBe(total);
    expect(progress.map(([n]) => n)).toEqual([...progress.map(([n]) => n)].sort((a, b) => a - b));
  });
});
