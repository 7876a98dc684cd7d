import { describe, expect, it } from 'vitest';
import * as render from '../../pipeline/render/index.js';
import type { Digest } from '../../pipeline/types.js';
import { largeDigest } from '../fixtures/render/large-digest.js';
import { loadFixture } from '../fixtures/render/load-fixture.js';

/** The same digest with every object's keys in reverse order: what a renderer sees must not depend on it. */
function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)])) as T;
  }
  return value;
}

describe('render', () => {
  it('exports exactly digestHeadline, planBriefing, prepareRender, renderDigest, renderIndex and renderNothingNew', () => {
    expect(Object.keys(render).sort()).toEqual(['digestHeadline', 'planBriefing', 'prepareRender', 'renderDigest', 'renderIndex', 'renderNothingNew']);
  });

  it('renders the nothing-new note as one escaped sentence and a link to the latest briefing', () => {
    const note = render.renderNothingNew({ date: '2026-11-24', since: '2026-11-23', briefingUrl: 'https://github.com/you/digest/blob/HEAD/out/2026-11-23.md?a=1&b=<2>' });
    expect(note.headline).toBe('nothing new since 2026-11-23');
    expect(note.text).toBe('Nothing new to brief on 2026-11-24 since the briefing of 2026-11-23.\n\nLatest briefing: https://github.com/you/digest/blob/HEAD/out/2026-11-23.md?a=1&b=<2>\n');
    expect(note.html).toContain('<a href="https://github.com/you/digest/blob/HEAD/out/2026-11-23.md?a=1&amp;b=&lt;2&gt;">Latest briefing</a>');
    expect(render.renderNothingNew({ date: '2026-11-24' }).text).toBe('Nothing new to brief on 2026-11-24.\n');
  });

  it('renders every format of a digest, each ending in a newline', async () => {
    const rendered = await render.renderDigest(loadFixture('seed'), {});
    expect(Object.keys(rendered).sort()).toEqual(['headline', 'html', 'json', 'markdown', 'text']);
    for (const key of ['markdown', 'html', 'text'] as const) expect(rendered[key].endsWith('\n')).toBe(true);
    expect(rendered.json.at(-1)).toBe(0x0a);
  });

  for (const [name, make] of [
    ['seed', () => loadFixture('seed')],
    ['hostile', () => loadFixture('hostile')],
    ['large', largeDigest],
  ] as const) {
    it(`gives identical strings for the same ${name} digest, whatever its key order`, async () => {
      const digest: Digest = make();
      const first = await render.renderDigest(digest, { briefingUrl: 'https://example.org/b.md' });
      const second = await render.renderDigest(reverseKeys(make()), { briefingUrl: 'https://example.org/b.md' });
      expect(second).toEqual(first);
    });
  }
});

describe('the headline', () => {
  it("is the top story's headline, on one line", async () => {
    const seed = loadFixture('seed');
    const { headline } = await render.renderDigest(seed, {});
    expect(headline).toBe(seed.stories[0]?.headline);
  });

  it('is cut to 120 characters with one ellipsis when the headline is longer', async () => {
    const seed = loadFixture('seed');
    const long = { ...seed, stories: seed.stories.map((s, i) => (i === 0 ? { ...s, headline: `${'Talks resume. '.repeat(12)}...` } : s)) };
    const { headline } = await render.renderDigest(long, {});
    expect(Array.from(headline).length).toBeLessThanOrEqual(120);
    expect(headline).toMatch(/[^.…]…$/u);
  });

  it('is the top point of the most salient actor for a digest written before stories', async () => {
    const { stories: _, ...seed } = loadFixture('seed');
    expect(render.digestHeadline(seed).startsWith(`${seed.actors[0]?.name}: `)).toBe(true);
  });

  it('can never carry a line break or a control character into a subject line', async () => {
    const hostile = loadFixture('hostile');
    const withBreakEarly: typeof hostile = {
      ...hostile,
      stories: hostile.stories.map((s, i) => (i === 0 ? { ...s, headline: 'Hi\r\nBcc: a@b.c\u202E' } : s)),
    };
    for (const digest of [hostile, withBreakEarly]) {
      const { headline } = await render.renderDigest(digest, {});
      expect(headline).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
    }
    expect((await render.renderDigest(withBreakEarly, {})).headline).toContain('Hi Bcc: a@b.c');
  });

  it('falls back to the first article, then to a fixed line, when there is no story and no actor has a point', async () => {
    const seed = loadFixture('seed');
    const noActors: Digest = { ...seed, actors: [], stories: [] };
    expect((await render.renderDigest(noActors, {})).headline).toBe(seed.articles[0]?.title);
    const empty: Digest = { ...noActors, articles: [], interactions: [] };
    expect((await render.renderDigest(empty, {})).headline).toBe('Nothing new to brief');
  });
});
