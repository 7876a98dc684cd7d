import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFeed } from '../../../pipeline/ingest/feed/read-feed.js';
import type { IngestContext } from '../../../pipeline/ingest/ingest-context.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/ingest/feed/${name}`, import.meta.url), 'utf8');
/** No network in these tests: a fetch would be a bug, so it fails loudly. */
const context: IngestContext = { options: { cwd: '/', userAgent: 'test', fetch: { fullText: false } }, fetchPage: async (url) => ({ ok: false, code: 'unreachable', reason: `unexpected fetch of ${url}` }) };

describe('readFeed', () => {
  it('turns each RSS item into an article with its link, date, author and the feed as source', async () => {
    const results = await readFeed('feeds/prairie.xml', fixture('rss-full.xml'), context);
    const articles = results.map((r) => (r.ok ? r.article : undefined));
    expect(articles.map((a) => [a?.path, a?.published, a?.byline, a?.source])).toEqual([
      ['feeds/prairie.xml#1', '2024-04-09', 'Dana Whitfield', 'Prairie Observer'],
      ['feeds/prairie.xml#2', '2024-04-08', 'Luis Ortega', 'Prairie Observer'],
    ]);
    expect(articles[0]?.links).toBeUndefined();
    expect(articles[0]?.text.split('\n\n')).toHaveLength(3);
    expect(articles[1]?.title).toBe('County Library Extends Opening Hours & Adds Sunday Service');
  });

  it('reads Atom and JSON Feed the same way', async () => {
    const atom = await readFeed('a.atom', fixture('atom.xml'), context);
    const json = await readFeed('j.json', fixture('json-feed.json'), context);
    expect(atom.map((r) => r.ok && r.article.published)).toEqual(['2023-09-28', '2023-09-20']);
    expect(json.map((r) => r.ok && r.article.text.split('\n\n').length)).toEqual([2]);
  });

  it('rejects a feed with zero items', async () => {
    expect(await readFeed('empty.xml', fixture('empty-rss.xml'), context)).toEqual([{ ok: false, rejected: { path: 'empty.xml', code: 'not-article', reason: 'The feed has no items (RSS feed).' } }]);
  });

  it('rejects malformed XML and entity bombs as unparsable', async () => {
    for (const name of ['malformed.xml', 'billion-laughs.xml']) {
      const [result] = await readFeed(name, fixture(name), context);
      expect(result).toMatchObject({ ok: false, rejected: { path: name, code: 'unparsable' } });
    }
  });

  it('says how many items past the cap it dropped, naming the feed', async () => {
    const items = Array.from({ length: 503 }, (_, i) => `<item><title>Item ${String(i)}</title><description>${'Ministers met again to discuss the harbour. '.repeat(25)}</description></item>`).join('');
    const rss = `<rss version="2.0"><channel><title>Dump</title>${items}</channel></rss>`;
    const capped = await readFeed('dump.xml', rss, context);
    expect(capped.filter((r) => r.ok)).toHaveLength(500);
    expect(capped.at(-1)).toEqual({ ok: false, rejected: { path: 'dump.xml', code: 'too-large', reason: 'The feed has 503 items: the first 500 were read and 3 dropped (maxFeedItems raises the cap).' } });
    const raised = await readFeed('dump.xml', rss, { ...context, options: { ...context.options, maxFeedItems: 1000 } });
    expect(raised.every((r) => r.ok)).toBe(true);
    expect(raised).toHaveLength(503);
  });
});
