import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPageCache } from '../../../pipeline/deliver/page-cache.js';
import { ingest } from '../../../pipeline/ingest/index.js';
import type { IngestOptions, ResolvedAddress } from '../../../pipeline/types.js';

const USER_AGENT = 'actor-digest/0.1.0 (test)';
/** The budget given here, ms: short, so a server that never answers ends the test quickly. */
const BUDGET_MS = 1_500;
/** Slack for a loaded machine on top of the budget, ms. */
const SLACK_MS = 5_000;

const page = (title: string) => `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>
<p>Crane operators at the northern harbour resumed work on Friday after engineers certified the repaired rails, the port authority said.</p>
<p>Port director Ada Lindgren said the backlog of ships waiting at anchor would clear by Tuesday, and that no cargo had been damaged.</p>
<p>The operators' union said it had asked for an independent inspection of the older cranes before winter storms arrive.</p></article></body></html>`;

interface Started {
  readonly server: Server;
  readonly port: number;
  readonly requests: { url: string; authorization: string | undefined }[];
}

async function start(host: string, handle: (request: IncomingMessage, response: ServerResponse) => void, port = 0): Promise<Started> {
  const requests: Started['requests'] = [];
  const server = createServer((request, response) => {
    requests.push({ url: request.url ?? '/', authorization: request.headers.authorization });
    handle(request, response);
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, host, resolve));
  return { server, port: (server.address() as AddressInfo).port, requests };
}

const stop = (started: Started) => new Promise<void>((resolve) => { started.server.closeAllConnections(); started.server.close(() => resolve()); });

let a: Started;
/** Same port as `a` on 127.0.0.2: where a rebound name would lead. */
let b: Started;
let silent: Started;

beforeAll(async () => {
  a = await start('127.0.0.1', (request, response) => {
    const url = request.url ?? '/';
    if (url.startsWith('/hop')) response.writeHead(302, { location: `http://second.rebind.test:${String(a.port)}/page` }).end();
    else if (url.startsWith('/private')) {
      if (request.headers.authorization === `Basic ${Buffer.from('reader:pa ss').toString('base64')}`) response.writeHead(200, { 'content-type': 'text/html' }).end(page('Members only'));
      else response.writeHead(401).end();
    } else if (url.startsWith('/away')) response.writeHead(302, { location: `http://127.0.0.3:${String(silent.port)}/` }).end();
    else if (url.startsWith('/broken')) response.writeHead(500).end();
    else response.writeHead(200, { 'content-type': 'text/html' }).end(page(`Checked address ${url}`));
  });
  b = await start('127.0.0.2', (_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(page('Rebound address')), a.port);
  // answers nothing, ever: takes the request and holds the socket
  silent = await start('127.0.0.3', () => undefined);
});

afterAll(async () => {
  for (const started of [a, b, silent]) await stop(started);
});

/** A resolver that answers 127.0.0.1 the first time it is asked about a name, and 127.0.0.2 after: DNS rebinding. */
function rebinding(): { lookup: (host: string) => Promise<ResolvedAddress[]>; asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    lookup: async (host) => {
      const first = !asked.includes(host);
      asked.push(host);
      return [{ address: first ? '127.0.0.1' : '127.0.0.2', family: 4 }];
    },
  };
}

const options = (extra: Partial<IngestOptions> = {}, fetch: IngestOptions['fetch'] = {}): IngestOptions => ({
  cwd: '/',
  userAgent: USER_AGENT,
  ...extra,
  fetch: { allowPrivate: ['127.0.0.1', '127.0.0.3'], attempts: 3, ...fetch },
});

describe('DNS pinning', () => {
  it('connects to the address that was checked, even when the name resolves elsewhere the next time', async () => {
    const resolver = rebinding();
    const before = b.requests.length;
    const output = await ingest([`http://first.rebind.test:${String(a.port)}/page`], options({ lookup: resolver.lookup }));
    expect(output.articles.map((x) => x.title)).toEqual(['Checked address /page']);
    expect(b.requests.length).toBe(before);
    expect(resolver.asked).toEqual(['first.rebind.test']);
  });

  it('pins every redirect hop to its own checked address', async () => {
    const resolver = rebinding();
    const before = b.requests.length;
    const output = await ingest([`http://first.rebind.test:${String(a.port)}/hop`], options({ lookup: resolver.lookup }));
    expect(output.articles.map((x) => x.title)).toEqual(['Checked address /page']);
    expect(b.requests.length).toBe(before);
    expect(resolver.asked).toEqual(['first.rebind.test', 'second.rebind.test']);
  });
});

describe('the fetch budget', () => {
  it('aborts what is in flight at the deadline, rejects every URL left with the reason, and keeps what was fetched', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'budget-'));
    const items = Array.from({ length: 8 }, (_, i) => `<item><title>Teaser ${String(i)}</title><link>http://127.0.0.3:${String(silent.port)}/item-${String(i)}</link><description>Short teaser…</description></item>`).join('');
    writeFileSync(path.join(dir, 'teasers.xml'), `<rss version="2.0"><channel><title>Slow</title>${items}</channel></rss>`);
    const started = Date.now();
    const output = await ingest(
      [`http://127.0.0.1:${String(a.port)}/kept`, `http://127.0.0.3:${String(silent.port)}/never`, `http://127.0.0.1:${String(a.port)}/away`, 'teasers.xml'],
      options({ cwd: dir }, { budgetMs: BUDGET_MS, timeoutMs: 60_000 }),
    );
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(BUDGET_MS - 100);
    expect(elapsed).toBeLessThan(BUDGET_MS + SLACK_MS);
    expect(output.articles.map((x) => x.title)).toEqual(['Checked address /kept']);
    expect(output.rejected).toHaveLength(10);
    for (const rejected of output.rejected) expect(rejected).toMatchObject({ code: 'unreachable', reason: expect.stringContaining('the fetch budget of 1.5 s was used up') });
  }, BUDGET_MS + SLACK_MS * 2);
});

describe('the page cache and allowPrivate', () => {
  it('serves a page cached from a private address only while that address is still allowed', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'cache-'));
    const cache = createPageCache(out, () => undefined);
    const url = `http://127.0.0.1:${String(a.port)}/cached`;
    const first = await ingest([url], options({ cache }));
    expect(first.articles).toHaveLength(1);
    const hits = a.requests.length;
    const again = await ingest([url], options({ cache }));
    expect(again.articles).toEqual(first.articles);
    expect(a.requests.length).toBe(hits);
    const removed = await ingest([url], { cwd: '/', userAgent: USER_AGENT, cache, fetch: { allowPrivate: [] } });
    expect(removed.articles).toEqual([]);
    expect(removed.rejected).toEqual([expect.objectContaining({ code: 'blocked', reason: expect.stringContaining('not allowed') })]);
    expect(a.requests.length).toBe(hits);
  });

  it('fetches again a stored page that does not record where it came from', async () => {
    const store = new Map<string, { url: string; status: number; contentType: string; body: Uint8Array }>();
    const url = `http://127.0.0.1:${String(a.port)}/legacy`;
    store.set(url, { url, status: 200, contentType: 'text/html', body: Buffer.from(page('Stale legacy copy')) });
    const cache = { get: async (u: string) => store.get(u), put: async () => undefined };
    const output = await ingest([url], options({ cache }));
    expect(output.articles.map((x) => x.title)).toEqual(['Checked address /legacy']);
  });
});

describe('credentials and tokens in URLs', () => {
  it('fetches with the credentials of the URL as a Basic header and shows them nowhere', async () => {
    const url = `http://reader:pa%20ss@127.0.0.1:${String(a.port)}/private?api_key=K3Y-value&page=2`;
    const output = await ingest([url], options());
    expect(output.articles).toHaveLength(1);
    expect(output.articles[0]?.path).toBe(`http://REDACTED@127.0.0.1:${String(a.port)}/private?api_key=REDACTED&page=2`);
    const shown = JSON.stringify(output);
    expect(shown).not.toContain('pa%20ss');
    expect(shown).not.toContain('K3Y-value');
    expect(a.requests.at(-1)?.url).toBe('/private?api_key=K3Y-value&page=2');
  });

  it('redacts a failing URL in its path and its reason', async () => {
    const url = `http://reader:hunter2@127.0.0.1:${String(a.port)}/broken?token=T0K3N`;
    const output = await ingest([url], options({}, { attempts: 1 }));
    expect(output.rejected).toHaveLength(1);
    const shown = JSON.stringify(output);
    expect(shown).not.toContain('hunter2');
    expect(shown).not.toContain('T0K3N');
    expect(output.rejected[0]?.reason).toContain('token=REDACTED');
  });

  it('does not send the credentials to another origin a redirect leads to', async () => {
    const before = silent.requests.length;
    await ingest([`http://reader:pa%20ss@127.0.0.1:${String(a.port)}/away`], options({}, { budgetMs: 1_000, timeoutMs: 500, attempts: 1 }));
    const sent = silent.requests.slice(before);
    expect(sent.length).toBeGreaterThan(0);
    for (const request of sent) expect(request.authorization).toBeUndefined();
  });
});
