import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../pipeline/ingest/index.js';
import type { CachedPage, IngestOptions, PageCache } from '../../pipeline/types.js';
import { startServer, type TestServer } from './helpers/start-server.js';

const FIXTURES = new URL('../fixtures/ingest/', import.meta.url);
const fixture = (name: string): string => readFileSync(new URL(name, FIXTURES), 'utf8');
const ARTICLE = fixture('html/news-jsonld.html');
const USER_AGENT = 'actor-digest/0.1.0 (test)';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({
    '/feed.xml': (_q, s) => s.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(fixture('feed/rss-full.xml')),
    '/relative.xml': (_q, s) => s.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss version="2.0"><channel><title>Rel</title><item><title>Lisbon</title><link>/articles/lisbon.html</link><description>Teaser…</description></item></channel></rss>'),
    '/feed-as-xml': (_q, s) => s.writeHead(200, { 'content-type': 'text/xml' }).end(fixture('feed/atom.xml')),
    '/teaser.xml': (_q, s) => s.writeHead(200, { 'content-type': 'application/xml' }).end(fixture('feed/teaser-rss.xml').replaceAll('{{base}}', server.base)),
    '/articles/lisbon.html': (_q, s) => s.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE),
    '/slow.html': (_q, s) => { s.writeHead(200, { 'content-type': 'text/html' }); s.write('<!doctype html><html><body><p>'); /* never ends */ },
    '/flaky.html': (_q, s, hits) => (hits < 2 ? s.writeHead(503).end('busy') : s.writeHead(200, { 'content-type': 'text/html' }).end(ARTICLE)),
    '/busy.html': (_q, s, hits) => (hits < 1 ? s.writeHead(429, { 'retry-after': '0' }).end() : s.writeHead(200, { 'content-type': 'text/html' }).end(ARTICLE)),
    '/down.html': (_q, s) => s.writeHead(500).end('broken'),
    '/loop-a': (_q, s) => s.writeHead(302, { location: '/loop-b' }).end(),
    '/loop-b': (_q, s) => s.writeHead(301, { location: `${server.base}/loop-a` }).end(),
    '/moved': (_q, s) => s.writeHead(301, { location: '/articles/lisbon.html' }).end(),
    '/big.html': (_q, s) => { s.writeHead(200, { 'content-type': 'text/html' }); s.end(`<html><body>${'<p>filler text </p>'.repeat(60_000)}</body></html>`); },
    '/bomb.html': (_q, s) => s.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(20 * 1024 * 1024, 0x20))),
    '/report.csv': (_q, s) => s.writeHead(200, { 'content-type': 'text/csv' }).end('a,b\n1,2\n'),
    '/file.pdf': (_q, s) => s.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4 binary'),
    '/latin1.html': (_q, s) => s.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' }).end(Buffer.from(ARTICLE.replace('Lisbon city council', 'Lisbon café council'), 'latin1')),
  });
});
afterAll(async () => server.close());

const options = (fetch: IngestOptions['fetch'] = {}): IngestOptions => ({ cwd: '/', userAgent: USER_AGENT, fetch: { allowPrivate: ['127.0.0.1'], ...fetch } });
const one = async (path: string, fetch?: IngestOptions['fetch']) => ingest([`${server.base}${path}`], options(fetch));

describe('reading URLs from a real HTTP server', () => {
  it('reads an article page with its metadata and sends our User-Agent', async () => {
    const { articles, rejected } = await one('/articles/lisbon.html');
    expect(rejected).toEqual([]);
    expect(articles[0]).toMatchObject({ kind: 'url', title: 'Lisbon Approves Plan to Cap Short-Term Rentals', source: 'The Atlantic Courier', byline: 'Inês Carvalho', published: '2024-06-18' });
    expect(server.userAgents).toContain(USER_AGENT);
  });

  it('reads an RSS feed URL into one article per item', async () => {
    const { articles } = await one('/feed.xml');
    expect(articles.map((a) => a.path)).toEqual([`${server.base}/feed.xml#1`, `${server.base}/feed.xml#2`]);
    expect(articles[0]).toMatchObject({ kind: 'feed', source: 'Prairie Observer', byline: 'Dana Whitfield', published: '2024-04-09', url: 'https://prairie-observer.example/2024/wind-farm' });
  });

  it('tells a feed from a page by its content when the content type is vague', async () => {
    const { articles } = await one('/feed-as-xml', { fullText: false });
    expect(articles.map((a) => a.title)).toEqual(['Port Authority Tests Autonomous Cargo Shuttles', 'Harbour Wi-Fi Network Reaches Every Berth']);
  });

  it('fetches the linked page for a teaser-only item and rejects the item whose page is gone', async () => {
    const { articles, rejected } = await one('/teaser.xml');
    expect(articles).toHaveLength(1);
    expect(articles[0]?.text).toContain('no new licences will be granted');
    expect(articles[0]).toMatchObject({ kind: 'feed', path: `${server.base}/teaser.xml#1`, published: '2024-06-18' });
    expect(rejected).toEqual([expect.objectContaining({ path: `${server.base}/missing`, code: 'unreachable', reason: expect.stringContaining('404') })]);
  });

  it('resolves relative item links against the feed URL', async () => {
    const { articles } = await one('/relative.xml');
    expect(articles[0]).toMatchObject({ url: `${server.base}/articles/lisbon.html`, source: 'The Atlantic Courier' });
  });

  it('keeps the teaser itself when full text is turned off', async () => {
    const { articles } = await one('/teaser.xml', { fullText: false });
    expect(articles[0]?.text).toBe('Lisbon city council approved a plan to cap holiday rentals in the historic centre…');
  });

  it('gives up on a page that does not answer in time', async () => {
    const { rejected } = await one('/slow.html', { timeoutMs: 200, attempts: 2 });
    expect(rejected[0]).toMatchObject({ code: 'unreachable', reason: expect.stringMatching(/within 200 ms.*2 attempts/u) });
  });

  it('retries a page that fails twice and then succeeds', async () => {
    const { articles } = await one('/flaky.html');
    expect(articles).toHaveLength(1);
    expect(server.hits.get('/flaky.html')).toBe(3);
  });

  it('honours Retry-After on 429', async () => {
    const { articles } = await one('/busy.html');
    expect(articles).toHaveLength(1);
  });

  it('stops after the last attempt on a server error', async () => {
    const { rejected } = await one('/down.html', { attempts: 2 });
    expect(rejected[0]).toMatchObject({ code: 'unreachable', reason: expect.stringContaining('HTTP 500') });
    expect(server.hits.get('/down.html')).toBe(2);
  });

  it('detects a redirect loop', async () => {
    const { rejected } = await one('/loop-a');
    expect(rejected[0]).toMatchObject({ code: 'unreachable', reason: expect.stringContaining('Redirect loop') });
  });

  it('follows a redirect to the article', async () => {
    const { articles } = await one('/moved');
    expect(articles[0]?.title).toBe('Lisbon Approves Plan to Cap Short-Term Rentals');
  });

  it('cuts off an oversized body', async () => {
    const { rejected } = await one('/big.html', { maxBytes: 200_000 });
    expect(rejected[0]).toMatchObject({ code: 'too-large', reason: expect.stringContaining('200000') });
  });

  it('counts the size cap on decoded bytes, so a gzip bomb stops early', async () => {
    const { rejected } = await one('/bomb.html', { maxBytes: 200_000 });
    expect(rejected[0]?.code).toBe('too-large');
  });

  it('rejects a 404 with the status in the reason', async () => {
    const { rejected } = await one('/nothing-here');
    expect(rejected[0]).toMatchObject({ code: 'unreachable', reason: expect.stringContaining('HTTP 404') });
  });

  it('rejects content types that are neither pages nor feeds', async () => {
    const { rejected } = await ingest([`${server.base}/report.csv`, `${server.base}/file.pdf`], options());
    expect(rejected.map((r) => [r.code, r.reason])).toEqual([
      ['unsupported', expect.stringContaining('application/pdf')],
      ['unsupported', expect.stringContaining('text/csv')],
    ]);
  });

  it('decodes with the charset from the Content-Type header', async () => {
    const { articles } = await one('/latin1.html');
    expect(articles[0]?.text).toContain('Lisbon café council');
  });

  it('refuses loopback addresses unless allowed', async () => {
    const { rejected } = await ingest([`${server.base}/articles/lisbon.html`], { cwd: '/', userAgent: USER_AGENT });
    expect(rejected[0]).toMatchObject({ code: 'blocked', reason: expect.stringContaining('127.0.0.1') });
  });

  it('refuses a redirect to a private address', async () => {
    const redirector = await startServer({ '/go': (_q, s) => s.writeHead(302, { location: 'http://10.0.0.1/secret' }).end() });
    const { rejected } = await ingest([`${redirector.base}/go`], options());
    await redirector.close();
    expect(rejected[0]).toMatchObject({ code: 'blocked', reason: expect.stringContaining('10.0.0.1') });
  });

  it('uses the page cache unless refresh is asked for', async () => {
    const store = new Map<string, CachedPage>();
    const cache: PageCache = { get: async (url) => store.get(url), put: async (url, page) => void store.set(url, page) };
    const url = `${server.base}/articles/lisbon.html`;
    const before = server.hits.get('/articles/lisbon.html') ?? 0;
    const first = await ingest([url], { ...options(), cache });
    const second = await ingest([url], { ...options(), cache });
    expect(server.hits.get('/articles/lisbon.html')).toBe(before + 1);
    expect(second.articles).toEqual(first.articles);
    await ingest([url], { ...options(), cache, refresh: true });
    expect(server.hits.get('/articles/lisbon.html')).toBe(before + 2);
  });
});
