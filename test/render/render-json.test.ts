import { describe, expect, it } from 'vitest';
import { EXCERPT_CHARS, renderJson } from '../../pipeline/render/render-json.js';
import type { Digest } from '../../pipeline/types.js';
import { loadFixture } from '../fixtures/render/load-fixture.js';

const renderJsonText = (digest: Digest): string => Buffer.from(renderJson(digest)).toString('utf8');

describe('renderJson', () => {
  const seed = loadFixture('seed');

  it('writes the digest one record per line with a final newline, losing nothing', () => {
    const json = renderJsonText(seed);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.split('\n')[0]).toBe('{"schemaVersion": 1,');
    expect(JSON.parse(json)).toEqual({ ...seed, articleText: 'full' });
  });

  it('orders keys as the contract does, whatever order the digest was built in', () => {
    const shuffled = JSON.parse(JSON.stringify(seed, Object.keys(seed).reverse())) as typeof seed;
    const parsed = JSON.parse(renderJsonText({ ...shuffled, ...seed })) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['schemaVersion', 'date', 'generator', 'stats', 'articles', 'rejected', 'actors', 'mentioned', 'interactions', 'stories', 'articleText']);
    expect(Object.keys(parsed['stats'] as object)).toEqual(['inputs', 'articles', 'stories', 'duplicates', 'rejected', 'actors']);
    const story = (parsed['stories'] as Record<string, unknown>[])[0] ?? {};
    expect(Object.keys(story)).toEqual(['id', 'headline', 'lead', 'articleRefs', 'outlets', 'actors', 'firstSeen', 'lastSeen', 'status']);
    const mention = (parsed['mentioned'] as Record<string, unknown>[])[0] ?? {};
    expect(Object.keys(mention)).toEqual(['id', 'name', 'kind', 'articleRefs']);
    const article = (parsed['articles'] as Record<string, unknown>[])[0] ?? {};
    expect(Object.keys(article)).toEqual(['ref', 'id', 'title', 'source', 'url', 'published', 'byline', 'path', 'text', 'duplicates', 'status']);
    const actor = (parsed['actors'] as Record<string, unknown>[])[0] ?? {};
    expect(Object.keys(actor)).toEqual(['id', 'name', 'kind', 'members', 'aliases', 'articleRefs', 'points']);
  });

  it('leaves out optional fields that are absent instead of writing null', () => {
    const json = renderJsonText(seed);
    expect(json).not.toContain('null');
    const third = (JSON.parse(json) as { articles: Record<string, unknown>[] }).articles[2] ?? {};
    expect('byline' in third).toBe(false);
  });

  it('puts each article, actor head, point, interaction and story on a line of its own, for no articles, one, and many with every kind of character', () => {
    const tricky = 'Line one\nline two\t“quoted” \\ "plain" \u2028 \u0000 é 😀';
    const many: Digest = { ...seed, articles: seed.articles.map((a, i) => ({ ...a, text: `${tricky} ${String(i)}`, title: `${a.title} ${tricky}` })) };
    for (const digest of [{ ...seed, articles: [] }, { ...seed, articles: seed.articles.slice(0, 1) }, many]) {
      const json = renderJsonText(digest);
      const parsed = JSON.parse(json) as { articles: unknown[]; rejected: unknown[]; actors: { points: unknown[] }[]; mentioned: unknown[]; interactions: unknown[]; stories: unknown[] };
      expect(parsed).toEqual({ ...JSON.parse(JSON.stringify(digest)), articleText: 'full' });
      const lines = json.split('\n');
      // Every record line is that record, whole.
      const records = (indent: string): unknown[] => lines.filter((line) => line.startsWith(`${indent}{`) && !line.startsWith(`${indent} `)).map((line) => JSON.parse(line.trim().replace(/,$/u, '').replace(/"points":\[$/u, '"points":[]}').replace(/\}\]\}$/u, '}')) as unknown);
      const heads = parsed.actors.map(({ points: _points, ...head }) => ({ ...head, points: [] }));
      expect(records('  ')).toEqual([...parsed.articles, ...parsed.rejected, ...heads, ...parsed.mentioned, ...parsed.interactions, ...parsed.stories]);
      expect(records('    ')).toEqual(parsed.actors.flatMap((actor) => actor.points));
      const lists = [parsed.articles, parsed.rejected, parsed.actors, parsed.mentioned, parsed.interactions, parsed.stories];
      // 11 fields and the final newline, a line per record and per point, and a closing line per list that is not empty.
      expect(lines).toHaveLength(12 + lists.reduce((n, l) => n + l.length, 0) + parsed.actors.reduce((n, a) => n + a.points.length, 0) + lists.filter((l) => l.length > 0).length);
    }
  });

  it('carries each article\'s first paragraph, cut at a word to 400 characters, when asked for excerpts, and says so', () => {
    const long = `${'word '.repeat(100)}end.\n\nSecond paragraph.`;
    const digest: Digest = { ...seed, articles: [{ ...seed.articles[0]!, text: long }, { ...seed.articles[1]!, text: 'Short one.\n\nMore.' }] };
    const parsed = JSON.parse(Buffer.from(renderJson(digest, 'excerpt')).toString('utf8')) as { articleText: string; articles: { text: string }[] };
    expect(parsed.articleText).toBe('excerpt');
    expect(parsed.articles[0]!.text).toBe(`${'word '.repeat(78)}word…`);
    expect(parsed.articles[0]!.text.length).toBeLessThanOrEqual(EXCERPT_CHARS);
    expect(parsed.articles[1]!.text).toBe('Short one.');
  });

  it('cuts an excerpt between characters, never inside one, and with one ellipsis', () => {
    const text = `${'😀'.repeat(500)} and… more`;
    const digest: Digest = { ...seed, articles: [{ ...seed.articles[0]!, text }] };
    const parsed = JSON.parse(Buffer.from(renderJson(digest, 'excerpt')).toString('utf8')) as { articles: { text: string }[] };
    const cut = parsed.articles[0]!.text;
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u);
    expect(Array.from(cut)).toHaveLength(EXCERPT_CHARS);
    expect(cut.endsWith('😀…')).toBe(true);
  });
});
