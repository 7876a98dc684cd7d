import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildEmailMjml as buildPlanMjml } from '../../../pipeline/render/email/build-email-mjml.js';
import { compileMjml } from '../../../pipeline/render/email/compile-mjml.js';
import { renderEmail as renderPlan } from '../../../pipeline/render/email/render-email.js';
import { planBriefing } from '../../../pipeline/render/plan/plan-briefing.js';
import { renderText } from '../../../pipeline/render/text/render-text.js';
import { cleanLine as cleanInline } from '../../../pipeline/text-safety/clean-line.js';
import type { Digest, RenderOptions } from '../../../pipeline/types.js';
import { largeDigest } from '../../fixtures/render/large-digest.js';
import { loadFixture } from '../../fixtures/render/load-fixture.js';

/** Gmail clips a message whose HTML is larger than this, bytes. */
const GMAIL_CLIP_BYTES = 102_400;
const BRIEFING_URL = 'https://github.com/example/actor-digest/blob/main/out/2021-03-30.md';

/** The email of a digest's plan, as renderDigest makes it. */
async function renderEmail(digest: Digest, options: RenderOptions): Promise<string> {
  return renderPlan(planBriefing(digest, options), options);
}

function buildEmailMjml(digest: Digest, options: RenderOptions): string {
  return buildPlanMjml(planBriefing(digest, options), options);
}

function documentOf(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

describe('the email MJML', () => {
  for (const [name, digest] of [
    ['seed', loadFixture('seed')],
    ['hostile', loadFixture('hostile')],
    ['large', largeDigest()],
  ] as const) {
    it(`validates with zero errors for the ${name} digest`, async () => {
      const source = buildEmailMjml(digest, { briefingUrl: BRIEFING_URL });
      expect((await compileMjml(source, 'soft')).errors).toEqual([]);
      await expect(compileMjml(source, 'strict')).resolves.toBeDefined();
    });
  }

  it('would report an invalid document, so zero errors means something', async () => {
    const broken = '<mjml><mj-body><mj-section><mj-text color="nope">x</mj-text></mj-section></mj-body></mjml>';
    expect((await compileMjml(broken, 'soft')).errors.length).toBeGreaterThan(0);
    await expect(compileMjml(broken, 'strict')).rejects.toThrow();
  });
});

describe('renderEmail', () => {
  const seed = loadFixture('seed');

  it('is an English document with a preheader, real headings, inlined CSS and dark-mode colours', async () => {
    const html = await renderEmail(seed, {});
    const document = documentOf(html);
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    const h1 = Array.from(document.querySelectorAll('h1'));
    expect(h1.map((h) => h.textContent)).toEqual([`Briefing ${seed.date}`]);
    expect(h1[0]?.getAttribute('style')).toMatch(/font-size:\s*26px/);
    const h2 = Array.from(document.querySelectorAll('h2')).map((h) => h.textContent);
    expect(h2[0]).toBe('Top stories');
    for (const actor of seed.actors) expect(h2).toContain(actor.name);
    const preview = Array.from(document.querySelectorAll('body > div'))[0];
    expect(preview?.getAttribute('style')).toContain('display:none');
    expect(preview?.textContent).toContain(seed.stories[0]?.headline);
    expect(document.querySelector('meta[name="color-scheme"]')?.getAttribute('content')).toBe('light dark');
    expect(html).toContain('prefers-color-scheme: dark');
  });

  it('keeps a seed-size digest under Gmail\'s clipping size', async () => {
    const html = await renderEmail(seed, {});
    expect(Buffer.byteLength(html)).toBeLessThan(GMAIL_CLIP_BYTES);
  });

  it('lists every cited source with its link, its outlet and its date', async () => {
    const document = documentOf(await renderEmail(seed, {}));
    const hrefs = Array.from(document.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    for (const article of seed.articles) {
      expect(hrefs).toContain(article.url);
      expect(document.getElementById(`ref-${article.ref}`)?.textContent).toContain(`${article.source}, ${article.published}`);
    }
  });

  it('opens with the top stories: headline linked to the central article, lead, outlets and citations', async () => {
    const document = documentOf(await renderEmail(seed, {}));
    const items = Array.from(document.querySelectorAll('ol'))[0]?.querySelectorAll(':scope > li') ?? [];
    expect(items).toHaveLength(seed.stories.length);
    const first = items[0];
    const story = seed.stories[0]!;
    expect(first?.querySelector('a')?.getAttribute('href')).toBe(seed.articles.find((a) => a.ref === story.lead.refs[0])?.url);
    expect(first?.textContent).toContain(story.lead.text);
    for (const outlet of story.outlets) expect(first?.textContent).toContain(outlet);
  });

  it('shows the same sections as the text part it is sent with, within the same limits', async () => {
    const large = largeDigest();
    const options = { actorLimit: 5, topStories: 3 };
    const document = documentOf(await renderEmail(large, options));
    const text = renderText(planBriefing(large, options));
    const h2 = Array.from(document.querySelectorAll('h2')).map((h) => h.textContent ?? '');
    const lines = text.split('\n');
    const textHeadings = lines.filter((line, i) => /^-+$/.test(lines[i + 1] ?? '') && line !== '');
    expect(h2).toEqual(textHeadings);
    expect(large.actors.filter((a) => h2.includes(a.name))).toHaveLength(5);
    const cited = (source: string): string[] => [...new Set(source.match(/\[\d+\]/g) ?? [])].sort();
    expect(cited(document.body.textContent ?? '')).toEqual(cited(text));
  });

  it('links the briefing on the web in the footer when it has an address', async () => {
    const document = documentOf(await renderEmail(seed, { briefingUrl: BRIEFING_URL }));
    const link = Array.from(document.querySelectorAll('a')).find((a) => a.textContent === 'read it on the web');
    expect(link?.getAttribute('href')).toBe(BRIEFING_URL);
  });

  it('lists, in a trimmed email, the source of every citation it shows', async () => {
    const large = largeDigest();
    const document = documentOf(await renderEmail(large, {}));
    const cited = Array.from(document.querySelectorAll('.cite')).map((c) => Number(c.textContent?.replace(/\D/g, '')));
    expect(cited.length).toBeGreaterThan(0);
    for (const ref of cited) expect(document.getElementById(`ref-${ref}`)).not.toBeNull();
    expect(document.querySelectorAll('ol > li').length).toBeLessThan(large.articles.length);
  });

  it('shows twelve actors by default, the rest in Also in the news, and stays under the clipping size', async () => {
    const large = largeDigest();
    const html = await renderEmail(large, {});
    expect(Buffer.byteLength(html)).toBeLessThan(GMAIL_CLIP_BYTES);
    const h2 = Array.from(documentOf(html).querySelectorAll('h2')).map((h) => h.textContent);
    expect(large.actors.filter((a) => h2.includes(a.name))).toHaveLength(12);
    expect(h2).toContain('Also in the news');
  });
});

describe('renderEmail on hostile article data', () => {
  const hostile = loadFixture('hostile');

  it('turns no article data into markup: no scripts, frames, images or event handlers', async () => {
    const document = documentOf(await renderEmail(hostile, {}));
    expect(document.querySelectorAll('script, iframe, img, object, embed, form').length).toBe(0);
    for (const element of Array.from(document.querySelectorAll('*'))) {
      for (const attribute of element.getAttributeNames()) expect(attribute).not.toMatch(/^on/i);
    }
  });

  it('links only to http(s) or mailto', async () => {
    const document = documentOf(await renderEmail(hostile, {}));
    const hrefs = Array.from(document.querySelectorAll('[href], [src]')).map((e) => e.getAttribute('href') ?? e.getAttribute('src'));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^(https?:|mailto:)/);
  });

  it('shows the hostile strings as text, one line each, without bidi overrides', async () => {
    const html = await renderEmail(hostile, {});
    const text = documentOf(html).body.textContent ?? '';
    for (const article of hostile.articles) expect(text).toContain(cleanInline(article.title));
    for (const story of hostile.stories) expect(text).toContain(cleanInline(story.headline));
    for (const actor of hostile.actors) expect(text).toContain(cleanInline(actor.name));
    expect(html).not.toMatch(/[\u202A-\u202E\u2066-\u2069\r]/);
    expect(text).toContain('{{mustache}}');
  });
});
