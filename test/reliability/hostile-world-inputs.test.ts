// The "hostile world" on the input side: what a careless user or an attacker can put
// where the digest reads (symlinks, FIFOs, its own output folder, slow hosts, secrets in
// URLs, DNS that changes its answer, oversized feeds, Markdown-looking text), each run
// through the real CLI. Every secret is looked for, byte by byte, in every file the run
// left (the digests, the index, the ledger, the cache, the .eml) and in what it printed.
import { execFileSync } from 'node:child_process';
import { closeSync, constants, openSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, realpath, symlink, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type AddressInfo, type Server as NetServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Digest } from '../../pipeline/types.js';
import { ROOT, runCli, type CliResult } from '../helpers/run-cli.js';
import { countLeaks } from './count-leaks.js';
import { recordHostile } from './record-counts.js';

const DATE = '2026-04-01';
const NEXT_DATE = '2026-04-02';
/** Two seed articles: a real briefing, so an attack that drops good inputs shows as lost. */
const SEEDS = ['000_176bfc2efc93e602.txt', '001_d3e2b14bfedb9e02.txt'];
const EXTRA_SEED = '002_e3aeec2615f348da.txt';
/** Budget given to the slow-host run, ms. */
const BUDGET_MS = 2_000;
/** The slow-host run must end within this, ms: the budget plus a CLI start and a whole digest on a loaded machine. */
const BUDGET_RUN_BOUND_MS = 40_000;
/** A run that reads a FIFO by mistake waits for a writer; past this it counts as a hang, ms. */
const HANG_BOUND_MS = 40_000;
/** Teaser items on the host that never answers: at 3 attempts of 15 s, two per host, enough to pass a 20-minute job. */
const SLOW_TEASERS = 60;

const servers: (Server | NetServer)[] = [];
afterAll(async () => {
  for (const server of servers) {
    if ('closeAllConnections' in server) server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

/** A fresh working folder with the seed articles in `in/`, three empty levels below a temp root. */
async function workspace(): Promise<{ base: string; cwd: string; out: string }> {
  const base = await realpath(await mkdtemp(path.join(tmpdir(), 'hostile-in-')));
  const cwd = path.join(base, 'work');
  await mkdir(path.join(cwd, 'in'), { recursive: true });
  for (const seed of SEEDS) await copyFile(path.join(ROOT, 'seeds', seed), path.join(cwd, 'in', seed));
  return { base, cwd, out: path.join(cwd, 'out') };
}

async function writeConfig(cwd: string, config: unknown): Promise<string> {
  const file = path.join(cwd, 'digest.config.json');
  await writeFile(file, JSON.stringify(config));
  return file;
}

async function readDigest(out: string, date = DATE): Promise<Digest | undefined> {
  return JSON.parse(await readFile(path.join(out, `${date}.json`), 'utf8').catch(() => 'null')) as Digest | undefined;
}

/** The seed articles the digest kept, by title words: each seed missing is a lost input. */
function lostSeeds(digest: Digest | undefined, seeds: readonly string[] = SEEDS): number {
  const paths = new Set(digest?.articles.flatMap((a) => [a.path, ...a.duplicates.map((d) => d.path)]) ?? []);
  return seeds.filter((seed) => !paths.has(`in/${seed}`)).length;
}

async function startHttp(host: string, handle: (request: IncomingMessage, response: ServerResponse) => void, port = 0): Promise<{ origin: string; port: number; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? '/');
    handle(request, response);
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, host, resolve));
  servers.push(server);
  const bound = (server.address() as AddressInfo).port;
  return { origin: `http://${host}:${String(bound)}`, port: bound, requests };
}

const articlePage = (title: string, body: string) =>
  `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>
<p>The foreign ministers of France and Germany met in Brussels on Monday to discuss the harbour agreement, officials said.</p>
<p>${body}</p>
<p>French Foreign Minister Jean Arnaud said the talks would continue next week, and Germany said it welcomed the progress made so far.</p></article></body></html>`;

describe('hostile world: symlinks', () => {
  it('never follows a symlink out of the input folder, and publishes nothing of its target', async () => {
    const { base, cwd, out } = await workspace();
    const home = path.join(base, 'home');
    await mkdir(home);
    const password = 'pw-5f0c2e-never-publish';
    const hash = '$6$saltsalt$9Zq1Kx7hostileShadowHash';
    await writeFile(path.join(home, '.env'), `SMTP_URL=smtps://digest:${password}@mail.example.net:465\n`);
    await writeFile(path.join(home, 'shadow'), `root:${hash}:19000:0:99999:7:::\n`);
    await writeFile(path.join(home, 'notes.md'), `---\ntitle: Private notes\n---\n\nprivate-notes-marker ${password}\n`);
    const variants: [string, string, string][] = [
      ['env.md', path.join(home, '.env'), password],
      ['shadow.md', path.join(home, 'shadow'), hash],
      ['passwd.md', '/etc/passwd', 'root:x:0:0'],
      ['home', home, 'private-notes-marker'],
    ];
    // the real /etc/shadow too, where this process may read it (as root in CI)
    const etcShadow = (() => {
      try {
        return readFileSync('/etc/shadow', 'utf8').split('\n')[0];
      } catch {
        return undefined;
      }
    })();
    if (etcShadow) variants.push(['etc-shadow.md', '/etc/shadow', etcShadow]);
    for (const [name, target] of variants) await symlink(target, path.join(cwd, 'in', name));

    const result = await runCli(['in', '--out', 'out', '--date', DATE], { cwd });
    const digest = await readDigest(out);
    let held = 0;
    let leaked = 0;
    for (const [name, , secret] of variants) {
      const leaks = (await countLeaks([secret], [out], [result.stdout, result.stderr])).count;
      leaked += leaks;
      if (leaks === 0 && result.code === 0 && result.stderr.includes(`rejected in/${name}: The symlink leads outside the input folders`)) held += 1;
    }
    const lost = lostSeeds(digest);
    recordHostile({ kind: 'symlinks to /etc/shadow, /etc/passwd, ~/.env and ~/ inside an input folder', tried: variants.length, held, leaked, lost });
    expect(result.code, result.stderr).toBe(0);
    expect(leaked).toBe(0);
    expect(lost).toBe(0);
    expect(held).toBe(variants.length);
  });

  it('refuses a symlink named on the command line that leads out of the working folder or to a dotfile', async () => {
    const { base, cwd, out } = await workspace();
    const secret = 'named-link-secret-0b7d';
    await writeFile(path.join(base, 'secret.md'), `---\ntitle: Secret\n---\n\nThe ministers met. ${secret} was said in private.\n`);
    await writeFile(path.join(cwd, '.env'), `DKIM_PRIVATE_KEY=${secret}-dkim\n`);
    await symlink(path.join(base, 'secret.md'), path.join(cwd, 'today.md'));
    await symlink('.env', path.join(cwd, 'latest.md'));
    const result = await runCli(['in', 'today.md', 'latest.md', '--out', 'out', '--date', DATE], { cwd });
    const { count: leaked } = await countLeaks([secret], [out], [result.stdout, result.stderr]);
    const held = ['today.md', 'latest.md'].filter((name) => result.stderr.includes(`rejected ${name}: The symlink`)).length;
    const lost = lostSeeds(await readDigest(out));
    recordHostile({ kind: 'symlink named on the command line, to a file outside the project or to .env', tried: 2, held: leaked === 0 && result.code === 0 ? held : 0, leaked, lost });
    expect(result.code, result.stderr).toBe(0);
    expect(leaked).toBe(0);
    expect(held).toBe(2);
  });

  it('reads every article once when the folder holds symlink loops', async () => {
    const { cwd, out } = await workspace();
    await mkdir(path.join(cwd, 'in/sub'));
    await copyFile(path.join(ROOT, 'seeds', EXTRA_SEED), path.join(cwd, 'in/sub', EXTRA_SEED));
    await symlink('.', path.join(cwd, 'in/loop'));
    await symlink('..', path.join(cwd, 'in/sub/up'));
    await symlink('self', path.join(cwd, 'in/self'));
    await symlink(SEEDS[0]!, path.join(cwd, 'in/alias.txt'));
    const result = await runCli(['in', '--out', 'out', '--date', DATE], { cwd });
    const digest = await readDigest(out);
    const loopsRefused = ['in/loop', 'in/sub/up', 'in/self'].filter((p) => result.stderr.includes(`rejected ${p}:`) && result.stderr.includes('loop')).length;
    const doubled = digest?.stats.duplicates ?? -1;
    const lost = lostSeeds(digest) + (digest?.articles.some((a) => a.path === `in/sub/${EXTRA_SEED}`) ? 0 : 1);
    const held = result.code === 0 && doubled === 0 && lost === 0 ? loopsRefused + 1 : 0;
    recordHostile({ kind: 'symlink loops and an alias inside an input folder', tried: 4, held, lost });
    expect(result.code, result.stderr).toBe(0);
    expect(doubled).toBe(0);
    expect(digest?.articles).toHaveLength(3);
    expect(held).toBe(4);
  });
});

describe('hostile world: special files', () => {
  it('refuses FIFOs and sockets, named or inside a folder, with a reason, and never waits on them', async () => {
    const { cwd, out } = await workspace();
    const fifos = [path.join(cwd, 'in/pipe.md'), path.join(cwd, 'pipe.txt')];
    for (const fifo of fifos) execFileSync('mkfifo', [fifo]);
    const socket = createNetServer();
    await new Promise<void>((resolve) => socket.listen(path.join(cwd, 'in/socket.txt'), resolve));
    servers.push(socket);
    const started = Date.now();
    const run = runCli(['in', 'pipe.txt', '--out', 'out', '--date', DATE], { cwd });
    let hung = false;
    const timer = setTimeout(() => {
      // a reader stuck on a FIFO is released by a writer; the run then goes on and the test can end
      hung = true;
      for (const fifo of fifos) {
        try {
          closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
        } catch {
          // no reader on this one
        }
      }
    }, HANG_BOUND_MS);
    const result: CliResult = await run.finally(() => clearTimeout(timer));
    const elapsed = Date.now() - started;
    const expected = [['in/pipe.md', 'FIFO'], ['pipe.txt', 'FIFO'], ['in/socket.txt', 'socket']] as const;
    const held = hung ? 0 : expected.filter(([p, type]) => result.stderr.includes(`rejected ${p}: Not a regular file: ${type}`)).length;
    const lost = lostSeeds(await readDigest(out));
    recordHostile({ kind: 'FIFO and socket as inputs (named and inside a folder)', tried: expected.length, held: result.code === 0 ? held : 0, lost });
    expect(hung, `still running after ${String(elapsed)} ms`).toBe(false);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(/No file or folder (in\/)?pipe/u);
    expect(held).toBe(expected.length);
  }, HANG_BOUND_MS * 2);
});

describe('hostile world: the output folder inside an input folder', () => {
  it('never reads back its own digests, index, ledger or cache on the next day', async () => {
    const { cwd } = await workspace();
    const out = path.join(cwd, 'in/briefings');
    const first = await runCli(['in', '--out', 'in/briefings', '--date', DATE], { cwd });
    await copyFile(path.join(ROOT, 'seeds', EXTRA_SEED), path.join(cwd, 'in', EXTRA_SEED));
    const second = await runCli(['in', '--out', 'in/briefings', '--date', NEXT_DATE], { cwd });
    const [day1, day2] = [await readDigest(out, DATE), await readDigest(out, NEXT_DATE)];
    const readBack = [...(day2?.articles ?? []).flatMap((a) => [a.path, ...a.duplicates.map((d) => d.path)]), ...(day2?.rejected ?? []).map((r) => r.path)].filter((p) => p.startsWith('in/briefings'));
    const extraInputs = (day2?.stats.inputs ?? 0) - (day1?.stats.inputs ?? 0) - 1;
    const held = first.code === 0 && second.code === 0 && readBack.length === 0 && extraInputs === 0 ? 1 : 0;
    recordHostile({ kind: '--out inside an input folder, second day', tried: 1, held, lost: lostSeeds(day1) });
    expect(first.code, first.stderr).toBe(0);
    expect(second.code, second.stderr).toBe(0);
    expect(readBack).toEqual([]);
    expect(extraInputs).toBe(0);
  });
});

describe('hostile world: fetching', () => {
  it('ends fetching at the budget when a host never answers, and keeps every local article', async () => {
    const silent = await startHttp('127.0.0.1', () => undefined);
    const { cwd, out } = await workspace();
    const items = Array.from({ length: SLOW_TEASERS }, (_, i) => `<item><title>Teaser ${String(i)}</title><link>${silent.origin}/item-${String(i)}</link><description>Short teaser…</description></item>`).join('');
    await writeFile(path.join(cwd, 'in/teasers.xml'), `<rss version="2.0"><channel><title>Slow wire</title>${items}</channel></rss>`);
    const config = await writeConfig(cwd, { fetch: { allowPrivate: ['127.0.0.1'], budgetMs: BUDGET_MS, timeoutMs: 60_000 } });
    const started = Date.now();
    const result = await runCli(['in', `${silent.origin}/page.html`, '--config', config, '--out', 'out', '--date', DATE], { cwd });
    const elapsed = Date.now() - started;
    const digest = await readDigest(out);
    const budgetRejections = digest?.rejected.filter((r) => r.reason.includes(`fetch budget of ${String(BUDGET_MS / 1000)} s was used up`)).length ?? 0;
    const lost = lostSeeds(digest);
    const held = result.code === 0 && elapsed < BUDGET_RUN_BOUND_MS && lost === 0 && budgetRejections === SLOW_TEASERS + 1 ? 1 : 0;
    recordHostile({ kind: `${String(SLOW_TEASERS)} teasers and a page on a host that never answers`, tried: 1, held, lost });
    expect(result.code, result.stderr).toBe(0);
    expect(elapsed).toBeLessThan(BUDGET_RUN_BOUND_MS);
    expect(lost).toBe(0);
    expect(budgetRejections).toBe(SLOW_TEASERS + 1);
  }, BUDGET_RUN_BOUND_MS * 2);

  it('shows no credential or token of a feed URL anywhere, whether the feed works or fails', async () => {
    const password = 'feed-pass-4a1e';
    const keys = ['apikey-9c3d-secret', 'token-71be-secret'];
    const rss = `<rss version="2.0"><channel><title>Members wire</title>
<item><title>Harbour talks resume</title><link>https://wire.example/harbour</link><description>${'The foreign ministers of France and Germany met in Brussels on Monday to discuss the harbour agreement, officials said. '.repeat(8)}</description></item>
</channel></rss>`;
    const server = await startHttp('127.0.0.1', (request, response) => {
      const expected = `Basic ${Buffer.from(`reader:${password}`).toString('base64')}`;
      if (request.url?.startsWith('/feed.xml') && request.headers.authorization === expected) response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss);
      else if (request.url?.startsWith('/feed.xml')) response.writeHead(401).end();
      else response.writeHead(500).end();
    });
    const { cwd, out } = await workspace();
    const config = await writeConfig(cwd, { fetch: { allowPrivate: ['127.0.0.1'], attempts: 1 } });
    const authority = `reader:${password}@127.0.0.1:${String(server.port)}`;
    const working = `http://${authority}/feed.xml?api_key=${keys[0]!}`;
    const failing = `http://${authority}/broken.xml?token=${keys[1]!}&page=2`;
    const result = await runCli(['in', working, failing, '--config', config, '--out', 'out', '--date', DATE], { cwd, env: { DIGEST_FROM: 'Digest <digest@example.org>', DIGEST_TO: 'reader@example.org' } });
    const { count: leaked, where } = await countLeaks([password, ...keys], [out], [result.stdout, result.stderr]);
    const digest = await readDigest(out);
    const fed = digest?.articles.some((a) => a.path.startsWith('http://REDACTED@127.0.0.1') && a.path.includes('api_key=REDACTED')) ?? false;
    const failed = result.stderr.includes('rejected http://REDACTED@127.0.0.1') && result.stderr.includes('token=REDACTED');
    const held = leaked === 0 && result.code === 0 ? Number(fed) + Number(failed) : 0;
    recordHostile({ kind: 'user:pass@ and api_key/token in feed URLs (one working, one failing)', tried: 2, held, leaked, lost: lostSeeds(digest) });
    expect(result.code, result.stderr).toBe(0);
    expect(where).toEqual([]);
    expect(fed).toBe(true);
    expect(failed).toBe(true);
  });

  it('does not serve a page cached while its host was allowPrivate once the host is removed', async () => {
    const marker = 'private-intranet-marker-e21f';
    const intranet = await startHttp('127.0.0.1', (_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(articlePage('Intranet memo on the harbour', `An internal memo says ${marker} and nothing else of note.`)));
    const { cwd, out } = await workspace();
    const url = `${intranet.origin}/memo.html`;
    // Whole article bodies in the JSON (not the first paragraph): the marker's paragraph shows whether the page was read.
    const full = { render: { articleText: 'full' } };
    const allowed = await runCli(['in', url, '--config', await writeConfig(cwd, { ...full, fetch: { allowPrivate: ['127.0.0.1'] } }), '--out', 'out', '--date', DATE], { cwd });
    const fetched = (await readFile(path.join(out, `${DATE}.json`), 'utf8')).includes(marker);
    const removed = await runCli(['in', url, '--config', await writeConfig(cwd, full), '--out', 'out', '--date', NEXT_DATE], { cwd });
    const dayTwo = ['md', 'html', 'txt', 'json', 'eml'].map((ext) => readFile(path.join(out, `${NEXT_DATE}.${ext}`), 'utf8').catch(() => ''));
    const { count: leaked } = await countLeaks([marker], [], [...(await Promise.all(dayTwo)), removed.stdout, removed.stderr]);
    const refused = removed.stderr.includes(`rejected ${url}: Refused to fetch`);
    const held = allowed.code === 0 && removed.code === 0 && fetched && refused && leaked === 0 ? 1 : 0;
    recordHostile({ kind: 'page cached under fetch.allowPrivate, host then removed from the list', tried: 1, held, leaked });
    expect(fetched).toBe(true);
    expect(removed.code, removed.stderr).toBe(0);
    expect(leaked).toBe(0);
    expect(refused).toBe(true);
  });

  it('connects to the address it checked when DNS answers differently the second time (rebinding)', async () => {
    const marker = 'rebound-to-internal-service-7c55';
    const checked = await startHttp('127.0.0.1', (_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(articlePage('Harbour talks resume', 'The checked public site carried this paragraph about the harbour.')));
    const internal = await startHttp('127.0.0.2', (_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(articlePage('Internal admin page', `Internal service data: ${marker}.`)), checked.port);
    const { cwd, out } = await workspace();
    // Whole article bodies in the JSON, so that the internal page's paragraph would show there if it were read.
    const config = await writeConfig(cwd, { render: { articleText: 'full' }, fetch: { allowPrivate: ['127.0.0.1'] } });
    const env = {
      NODE_OPTIONS: `--import=${pathToFileURL(path.join(ROOT, 'test/reliability/rebinding-preload.mjs')).href}`,
      REBIND_HOST: 'news.rebind.test',
      REBIND_FIRST: '127.0.0.1',
      REBIND_THEN: '127.0.0.2',
    };
    const result = await runCli(['in', `http://news.rebind.test:${String(checked.port)}/story.html`, '--config', config, '--out', 'out', '--date', DATE], { cwd, env });
    const { count: leaked } = await countLeaks([marker], [out], [result.stdout, result.stderr]);
    const digest = await readDigest(out);
    const readChecked = digest?.articles.some((a) => a.title === 'Harbour talks resume') ?? false;
    const held = result.code === 0 && leaked === 0 && internal.requests.length === 0 && readChecked ? 1 : 0;
    recordHostile({ kind: 'DNS rebinding: a checked public answer, then a private one', tried: 1, held, leaked, lost: lostSeeds(digest) });
    expect(result.code, result.stderr).toBe(0);
    expect(internal.requests).toEqual([]);
    expect(leaked).toBe(0);
    expect(readChecked).toBe(true);
  });
});

describe('hostile world: feeds and article text', () => {
  it('says how many items a feed over the cap lost, naming the feed', async () => {
    const { cwd, out } = await workspace();
    const count = 503;
    const items = Array.from({ length: count }, (_, i) => `<item><title>Dispatch ${String(i)}</title><description>Dispatch ${String(i)}: port workers in district ${String(i)} reported ${String(i * 7)} containers moved on Monday, the port authority said.</description></item>`).join('');
    await writeFile(path.join(cwd, 'in/dump.xml'), `<rss version="2.0"><channel><title>Dump</title>${items}</channel></rss>`);
    const result = await runCli(['in', '--out', 'out', '--date', DATE], { cwd });
    const held = result.code === 0 && result.stderr.includes('rejected in/dump.xml: The feed has 503 items: the first 500 were read and 3 dropped') ? 1 : 0;
    recordHostile({ kind: 'feed with more items than the cap', tried: 1, held, lost: lostSeeds(await readDigest(out)) });
    expect(result.code, result.stderr).toBe(0);
    expect(held).toBe(1);
  });

  it('keeps $$…$$ from becoming math on GitHub and <!-- from cutting a point short', async () => {
    const { cwd, out } = await workspace();
    const cut = 'that the talks <!-- would continue next week in Geneva with both delegations present';
    await writeFile(
      path.join(cwd, 'in/markup.md'),
      `---\ntitle: Geneva talks to continue\nsource: Wire Service\npublished: 2026-03-31\n---\n\nRussian Foreign Minister Sergei Lavrov said on Monday ${cut}.\n\nFrench President Emmanuel Macron said France would pay $$40 million$$ towards the talks, and that Germany would join them.\n\nLavrov told reporters that Russia expected progress, adding that the sanctions question remained open.\n`,
    );
    const result = await runCli(['in', '--out', 'out', '--date', DATE], { cwd });
    const markdown = await readFile(path.join(out, `${DATE}.md`), 'utf8').catch(() => '');
    const noMath = markdown.includes('40 million') && !/(?<!\\)\$/u.test(markdown);
    const whole = markdown.replace(/\\(.)/gu, '$1').includes(cut);
    recordHostile({ kind: '$$…$$ and <!-- in article text', tried: 2, held: result.code === 0 ? Number(noMath) + Number(whole) : 0, lost: lostSeeds(await readDigest(out)) });
    expect(result.code, result.stderr).toBe(0);
    expect(noMath).toBe(true);
    expect(whole).toBe(true);
  });
});
