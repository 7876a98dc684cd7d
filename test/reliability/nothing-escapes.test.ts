import { cp, mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDigest } from '../../pipeline/render/index.js';
import type { Digest } from '../../pipeline/types.js';
import { ROOT, runCli, type CliResult } from '../helpers/run-cli.js';
import { htmlViolations, markdownViolations, messageHeaders } from './check-outputs.js';
import { recordCounts } from './record-counts.js';
import { changedPaths, snapshotTree, type Snapshot } from './snapshot-tree.js';

const DATE = '2026-02-01';
const RECIPIENT = 'reader@example.org';
/** Header names a digest message may carry; anything else came from somewhere it should not. */
const ALLOWED_HEADERS = new Set([
  'content-type', 'from', 'to', 'reply-to', 'subject', 'message-id', 'date', 'mime-version', 'x-mailer', 'list-id',
  'list-unsubscribe', 'list-unsubscribe-post', 'content-transfer-encoding', 'dkim-signature', 'precedence', 'auto-submitted', 'x-auto-response-suppress',
]);

let base: string;
let outDir: string;
let before: Snapshot;
let result: CliResult;
let outputs: Record<'md' | 'html' | 'txt' | 'json' | 'eml', string>;
const escapes: string[] = [];

beforeAll(async () => {
  // Three empty levels above the working folder, so a "../../.." path in a
  // title that became a file name would land where the test can see it.
  base = await mkdtemp(path.join(tmpdir(), 'escape-'));
  const cwd = path.join(base, 'a', 'b', 'work');
  await mkdir(cwd, { recursive: true });
  await cp(path.join(ROOT, 'test/fixtures/reliability/hostile'), path.join(cwd, 'inputs'), { recursive: true });
  before = await snapshotTree(base);
  outDir = path.join(cwd, 'out');
  result = await runCli(['inputs', '--out', 'out', '--date', DATE], { cwd, env: { DIGEST_FROM: 'Digest <digest@example.org>', DIGEST_TO: RECIPIENT } });
  const read = (ext: string) => readFile(path.join(outDir, `${DATE}.${ext}`), 'utf8').catch(() => '');
  outputs = { md: await read('md'), html: await read('html'), txt: await read('txt'), json: await read('json'), eml: await read('eml') };
}, 60_000);

// What escaped, for the reliability report: every check above has run (and failed on its own if anything escaped).
afterAll(() => {
  recordCounts({ kind: 'hostile article data through CLI and renderDigest (6 places checked)', trials: 7, faults: 7, escapes: escapes.length });
});

describe('hostile article data run through the CLI', () => {
  it('briefs the hostile articles instead of dropping them (else the checks below prove nothing)', () => {
    expect(result.code, result.stderr).toBe(0);
    const digest = JSON.parse(outputs.json) as Digest;
    expect(digest.articles.length).toBeGreaterThanOrEqual(3);
    expect(outputs.md).toMatch(/Lavrov|Macron|Ruto|Boric/u);
  });

  it('leaves no executable markup, event handler or javascript:/data: link from article data in the HTML email', () => {
    const found = htmlViolations(outputs.html);
    escapes.push(...found.map((f) => `html: ${f}`));
    expect(outputs.html.length).toBeGreaterThan(1000);
    expect(found).toEqual([]);
  });

  it('keeps raw HTML and javascript:/data: links out of the Markdown, and its tables whole', () => {
    const found = markdownViolations(outputs.md);
    escapes.push(...found.map((f) => `markdown: ${f}`));
    expect(outputs.md.length).toBeGreaterThan(200);
    expect(found).toEqual([]);
  });

  it('lets no article text add a header to the .eml preview', () => {
    expect(outputs.eml.length, 'the .eml preview was written').toBeGreaterThan(200);
    const headers = messageHeaders(outputs.eml);
    const unexpected = headers.filter(([name]) => !ALLOWED_HEADERS.has(name.toLowerCase())).map(([name, value]) => `${name}: ${value.slice(0, 80)}`);
    const recipients = headers.filter(([name]) => name.toLowerCase() === 'to').map(([, value]) => value);
    escapes.push(...unexpected.map((h) => `eml header ${h}`));
    expect(unexpected).toEqual([]);
    // The preview names no recipient at all: DIGEST_TO may hold a real list, and out/ may be public.
    expect(recipients).toEqual(['"undisclosed-recipients":;']);
    expect(outputs.eml).not.toContain(RECIPIENT);
    expect(headers.map(([name]) => name.toLowerCase())).not.toContain('bcc');
  });

  it('keeps only http(s) URLs in the digest JSON, the interface other programs link from', () => {
    const digest = JSON.parse(outputs.json) as Digest;
    const urls = digest.articles.flatMap((article) => [article.url, ...article.duplicates.map((d) => d.url)]).filter((url): url is string => url !== undefined);
    const bad = urls.filter((url) => !/^https?:\/\//iu.test(url));
    escapes.push(...bad.map((url) => `json: article url ${url}`));
    expect(bad).toEqual([]);
  });

  it('writes nothing outside --out, whatever paths the titles contain', async () => {
    const outside = changedPaths(before, await snapshotTree(base)).filter((name) => !name.startsWith('a/b/work/out/'));
    escapes.push(...outside.map((name) => `file outside --out: ${name}`));
    expect(outside).toEqual([]);
  });
});

describe('the escape detectors', () => {
  it('see script elements, event handlers and javascript: links in HTML', () => {
    expect(htmlViolations('<p><script>x</script><img src=x onerror=y><a href=" JaVaScRiPt:alert(1)">a</a></p>')).toHaveLength(3);
  });

  it('see raw HTML, data: links and ragged tables in Markdown, but not the citation anchors', () => {
    expect(markdownViolations('<b>x</b>\n\n[a](data:text/html,x)\n\n| a | b |\n| - | - |\n| 1 | 2 | 3 |\n\n<a id="ref-1"></a>text')).toHaveLength(4);
  });

  it('read folded headers of a message', () => {
    expect(messageHeaders('To: a@example.org\r\nSubject: one\r\n two\r\n\r\nBcc: body')).toEqual([['To', 'a@example.org'], ['Subject', 'one two']]);
  });
});

describe('renderDigest given a hostile Digest value', () => {
  const hostile: Digest = {
    schemaVersion: 1,
    date: DATE,
    generator: 'actor-digest@0.0.0',
    stats: { inputs: 2, articles: 2, duplicates: 1, rejected: 1, actors: 1 },
    articles: [
      {
        ref: 1,
        id: 'x1',
        title: '<script>alert(1)</script> | a | b | [x](javascript:alert(2)) \r\nBcc: victim@example.org',
        source: '<img src=x onerror=alert(3)>',
        url: 'javascript:alert(4)',
        byline: '](data:text/html;base64,PHNjcmlwdD4=) <b>',
        path: '../../../etc/passwd',
        text: 'Text <iframe src=x></iframe> | c | d |',
        duplicates: [{ path: 'copy\r\nBcc: x@example.org', source: '</a><a href="javascript:alert(5)">', url: ' data:text/html,<script>alert(6)</script>' }],
        status: 'new',
      },
      { ref: 2, id: 'x2', title: 'Plain | title', url: 'JaVaScRiPt:alert(7)', path: 'two.md', text: 'x', duplicates: [], status: 'developing' },
    ],
    rejected: [{ path: '<script>alert(8)</script>.txt', reason: 'binary | pipe `tick` <b>bold</b>' }],
    actors: [
      {
        id: 'evil',
        name: 'Evil <script>alert(9)</script> | Corp',
        kind: 'group',
        members: [{ id: 'm', name: 'Mallory <img src=x onerror=alert(10)>', role: 'spokes|person' }],
        aliases: ['<svg onload=alert(11)>'],
        articleRefs: [1, 2],
        points: [{ text: 'said <script>alert(12)</script> that | x | y | and [z](javascript:alert(13))', refs: [1, 2], speaker: 'Mallory <b>', support: 2 }],
      },
    ],
    mentioned: [{ id: 'other', name: '<iframe src=x>', kind: 'state', articleRefs: [1] }],
    interactions: [{ a: 'evil', b: 'other', type: 'conflict', count: 2, refs: [1, 2] }],
    stories: [
      {
        id: 's1',
        headline: '<script>alert(14)</script> | h | [y](javascript:alert(15)) \r\nBcc: victim@example.org',
        lead: { text: 'Lead <img src=x onerror=alert(16)> | l | [w](data:text/html,x)', refs: [1] },
        articleRefs: [1],
        outlets: ['<b onclick=alert(17)>Outlet</b> | o'],
        actors: ['evil'],
        status: 'new',
      },
      { id: 's2', headline: 'Plain | story', lead: { text: '', refs: [] }, articleRefs: [2], outlets: [], actors: ['evil'], status: 'developing' },
    ],
  };

  it('escapes every field in the HTML, keeps the Markdown free of raw HTML and bad links, and the JSON round-trips', async () => {
    const rendered = await renderDigest(hostile, {});
    const found = [...htmlViolations(rendered.html).map((f) => `html: ${f}`), ...markdownViolations(rendered.markdown).map((f) => `markdown: ${f}`)];
    escapes.push(...found.map((f) => `renderDigest ${f}`));
    expect(found).toEqual([]);
    expect(rendered.markdown).toContain('alert(9)');
    expect(JSON.parse(Buffer.from(rendered.json).toString('utf8'))).toMatchObject({ articles: [{ title: hostile.articles[0]!.title }, {}] });
  });
});
