import { once } from 'node:events';
import { copyFile, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Digest } from '../../pipeline/types.js';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { createIngestHarness, type IngestHarness } from './ingest-harness.js';
import { recordCounts } from './record-counts.js';

/** Decompressed size of the gzip bomb, bytes: 50 times the default 5 MB body cap, about 250 KB on the wire. */
const BOMB_BYTES = 256 * 1024 * 1024;
/** Most the ingest child's resident memory may grow while reading the bomb, KB: a buffered bomb would add 256 MB. */
const BOMB_RSS_GROWTH_KB = 150 * 1024;
/** Per-request timeout given to ingest here, ms: short, so the slow-drip page ends the test quickly. */
const TIMEOUT_MS = 2_000;
/** Bound for one hostile URL, ms: timeout plus generous slack for a loaded machine. */
const URL_BOUND_MS = 20_000;

const ARTICLE = `<!doctype html><html><head><title>Harbour cranes resume work</title></head><body><article><h1>Harbour cranes resume work</h1>
<p>Crane operators at the northern harbour resumed work on Friday after engineers certified the repaired rails, the port authority said.</p>
<p>Port director Ada Lindgren said the backlog of ships waiting at anchor would clear by Tuesday, and that no cargo had been damaged.</p>
<p>The operators' union said it had asked for an independent inspection of the older cranes before winter storms arrive.</p></article></body></html>`;

interface Recorded {
  readonly server: Server;
  readonly origin: string;
  readonly requests: string[];
}

let bomb: Buffer;
let loopback: Recorded;
/** A second server on the IPv6 loopback, reached only through a redirect; undefined when ::1 is unavailable. */
let ipv6: Recorded | undefined;
let harness: IngestHarness;
const tally = { trials: 0, crashes: 0, hangs: 0, escapes: 0 };

async function gzipZeros(bytes: number): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const chunks: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => chunks.push(chunk));
  const zeros = Buffer.alloc(1024 * 1024, 0x20);
  for (let written = 0; written < bytes; written += zeros.length) if (!gzip.write(zeros)) await once(gzip, 'drain');
  gzip.end();
  await once(gzip, 'end');
  return Buffer.concat(chunks);
}

function route(request: IncomingMessage, response: ServerResponse, origin: () => string): void {
  const url = request.url ?? '/';
  if (url.startsWith('/article') || url.startsWith('/teaser') || url === '/secret') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE);
  } else if (url === '/bomb.html') {
    response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip', 'content-length': bomb.length }).end(bomb);
  } else if (url === '/endless.html') {
    // Chunked, never ends by itself: only the body cap can stop the reader.
    response.writeHead(200, { 'content-type': 'text/html' });
    const chunk = `<p>${'endless text '.repeat(5_000)}</p>`;
    const pump = () => {
      while (!response.destroyed && response.write(chunk));
      if (!response.destroyed) response.once('drain', pump);
    };
    pump();
  } else if (url === '/drip.html') {
    response.writeHead(200, { 'content-type': 'text/html' });
    const timer = setInterval(() => (response.destroyed ? clearInterval(timer) : response.write('<')), 100);
    response.on('close', () => clearInterval(timer));
  } else if (url === '/lying-length.html') {
    response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(10 * 1024 ** 3) });
    response.write(ARTICLE);
  } else if (url === '/to-ipv6') {
    response.writeHead(302, { location: ipv6 ? `${ipv6.origin}/secret` : 'http://[::1]:9/secret' }).end();
  } else {
    response.writeHead(404).end(`no ${origin()}${url}`);
  }
}

async function startServer(host: string): Promise<Recorded> {
  const requests: string[] = [];
  let origin = '';
  const server = createServer((request, response) => {
    requests.push(request.url ?? '/');
    route(request, response, () => origin);
  });
  server.listen(0, host);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return { server, origin, requests };
}

beforeAll(async () => {
  bomb = await gzipZeros(BOMB_BYTES);
  loopback = await startServer('127.0.0.1');
  ipv6 = await startServer('::1').catch(() => undefined);
  harness = createIngestHarness();
}, 60_000);

afterAll(async () => {
  await harness.close();
  for (const recorded of [loopback, ipv6]) {
    recorded?.server.closeAllConnections();
    recorded?.server.close();
  }
  recordCounts({ kind: 'hostile HTTP answers (gzip bomb, endless body, slow drip, lying length) and private-address fetches', trials: tally.trials, faults: tally.trials, fuzzed: 4, crashes: tally.crashes, hangs: tally.hangs, escapes: tally.escapes });
});

describe('ingest against hostile HTTP answers', () => {
  it('reads a gzip bomb only up to the body cap, in bounded memory, and rejects it with a reason', async () => {
    const warm = await harness.run({ sources: [`${loopback.origin}/article.html`], cwd: tmpdir(), fetch: { allowPrivate: ['127.0.0.1'], attempts: 1, timeoutMs: TIMEOUT_MS } }, URL_BOUND_MS);
    expect(warm.kind === 'answered' && warm.answer.ok && warm.answer.articles.length).toBe(1);
    const outcome = await harness.run({ sources: [`${loopback.origin}/bomb.html`], cwd: tmpdir(), fetch: { allowPrivate: ['127.0.0.1'], attempts: 1, timeoutMs: TIMEOUT_MS } }, URL_BOUND_MS);
    tally.trials += 1;
    if (outcome.kind === 'hang') tally.hangs += 1;
    if (outcome.kind === 'died' || (outcome.kind === 'answered' && !outcome.answer.ok)) tally.crashes += 1;
    expect(outcome.kind, JSON.stringify(outcome).slice(0, 600)).toBe('answered');
    if (outcome.kind !== 'answered' || warm.kind !== 'answered') return;
    expect(outcome.answer.ok && outcome.answer.rejected).toEqual([expect.objectContaining({ code: 'too-large', reason: expect.stringMatching(/\w{4,}/u) })]);
    expect(outcome.answer.maxRssKb - warm.answer.maxRssKb).toBeLessThan(BOMB_RSS_GROWTH_KB);
  }, 60_000);

  it.each([
    ['an endless chunked body', '/endless.html', 'too-large'],
    ['a body that drips one byte at a time', '/drip.html', 'unreachable'],
    ['a Content-Length of 10 GB with a short body that never ends', '/lying-length.html', undefined],
  ])('ends %s with a rejection, within the timeout', async (_what, route, code) => {
    const outcome = await harness.run({ sources: [`${loopback.origin}${route}`], cwd: tmpdir(), fetch: { allowPrivate: ['127.0.0.1'], attempts: 1, timeoutMs: TIMEOUT_MS } }, URL_BOUND_MS);
    tally.trials += 1;
    if (outcome.kind === 'hang') tally.hangs += 1;
    if (outcome.kind === 'died' || (outcome.kind === 'answered' && !outcome.answer.ok)) tally.crashes += 1;
    expect(outcome.kind, JSON.stringify(outcome).slice(0, 600)).toBe('answered');
    if (outcome.kind !== 'answered' || !outcome.answer.ok) return;
    expect(outcome.answer.articles).toEqual([]);
    expect(outcome.answer.rejected).toEqual([expect.objectContaining({ code: code ?? expect.stringMatching(/too-large|unreachable/u), reason: expect.stringMatching(/\w{4,}/u) })]);
  }, 60_000);
});

describe('feed-supplied and given URLs pointing at private or loopback addresses', () => {
  /** Loopback spelled every way an attacker might: name, short form, integer, hex, IPv4-mapped IPv6. */
  const spellings = () => {
    const port = new URL(loopback.origin).port;
    return [`127.0.0.1:${port}`, `localhost:${port}`, `127.1:${port}`, `2130706433:${port}`, `0x7f000001:${port}`, `[::ffff:127.0.0.1]:${port}`].map((host, i) => `http://${host}/teaser-${i}`);
  };

  async function feedDir(): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'private-'));
    const items = spellings().map((link, i) => `<item><title>Harbour update ${i}</title><link>${link}</link><description>Cranes resume work…</description></item>`);
    await writeFile(path.join(dir, 'feed.xml'), `<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>${items.join('')}</channel></rss>`);
    return dir;
  }

  /** One local article beside the refused URLs: a run whose every input fails writes no digest to look into. */
  async function addLocalArticle(dir: string): Promise<string> {
    const seed = (await readdir(path.join(ROOT, 'seeds'))).sort()[0]!;
    await copyFile(path.join(ROOT, 'seeds', seed), path.join(dir, 'local.txt'));
    return 'local.txt';
  }

  it('fetches none of them without configuration, and says why for each', async () => {
    const dir = await feedDir();
    const local = await addLocalArticle(dir);
    loopback.requests.length = 0;
    const result = await runCli([local, 'feed.xml', `${loopback.origin}/article-direct.html`, '--out', 'out', '--date', '2026-03-01', '-q'], { cwd: dir });
    tally.trials += 1;
    tally.escapes += loopback.requests.length;
    expect(loopback.requests).toEqual([]);
    expect(result.code, result.stderr).toBe(0);
    const digest = JSON.parse(await readFile(path.join(dir, 'out/2026-03-01.json'), 'utf8')) as Digest;
    expect(digest.rejected.length).toBe(spellings().length + 1);
    for (const rejected of digest.rejected) expect(rejected.reason).toMatch(/private|loopback/iu);
  }, 60_000);

  it('fetches them when the config file allows 127.0.0.1', async () => {
    const dir = await feedDir();
    await writeFile(path.join(dir, 'digest.config.json'), JSON.stringify({ fetch: { allowPrivate: ['127.0.0.1'], attempts: 1 } }));
    loopback.requests.length = 0;
    const result = await runCli(['feed.xml', `${loopback.origin}/article-direct.html`, '--out', 'out', '--date', '2026-03-01', '-q'], { cwd: dir });
    tally.trials += 1;
    expect(result.code, result.stderr).toBe(0);
    expect(loopback.requests).toContain('/teaser-0');
    expect(loopback.requests).toContain('/article-direct.html');
  }, 60_000);

  it('does not follow a redirect from an allowed host to a loopback address the config does not allow', async (context) => {
    // The IPv6 loopback is the second address; a machine without it cannot run this case.
    if (ipv6 === undefined) context.skip();
    const dir = await mkdtemp(path.join(tmpdir(), 'private-'));
    await writeFile(path.join(dir, 'digest.config.json'), JSON.stringify({ fetch: { allowPrivate: ['127.0.0.1'], attempts: 1 } }));
    ipv6?.requests.splice(0);
    const local = await addLocalArticle(dir);
    const result = await runCli([local, `${loopback.origin}/to-ipv6`, '--out', 'out', '--date', '2026-03-01', '-q'], { cwd: dir });
    tally.trials += 1;
    tally.escapes += ipv6?.requests.length ?? 0;
    expect(result.code, result.stderr).toBe(0);
    expect(ipv6?.requests ?? []).toEqual([]);
    const digest = JSON.parse(await readFile(path.join(dir, 'out/2026-03-01.json'), 'utf8')) as Digest;
    expect(digest.rejected).toEqual([expect.objectContaining({ reason: expect.stringMatching(/private|loopback/iu) })]);
  }, 60_000);
});
