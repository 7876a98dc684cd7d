import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildEmailMjml } from '../../../pipeline/render/email/build-email-mjml.js';
import { compileMjml } from '../../../pipeline/render/email/compile-mjml.js';
import { renderEmail } from '../../../pipeline/render/email/render-email.js';
import { cleanInline } from '../../../pipeline/render/shared/clean-inline.js';
import { largeDigest } from '../../fixtures/render/large-digest.js';
import { loadFixture } from '../../fixtures/render/load-fixture.js';

/** Gmail clips a message whose HTML is larger than this, bytes. */
const GMAIL_CLIP_BYTES = 102_400;
const BRIEFING_URL = 'https://github.com/example/actor-digest/blob/main/out/2021-03-30.md';

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
    for (const actor of seed.actors) expect(h2).toContain(actor.name);
    const preview = Array.from(document.querySelectorAll('body > div'))[0];
    expect(preview?.getAttribute('style')).toContain('display:none');
    expect(preview?.textContent).toContain(seed.actors[0]?.name);
    expect(document.querySelector('meta[name="color-scheme"]')?.getAttribute('content')).toBe('light dark');
    expect(html).toContain('prefers-color-scheme: dark');
  });

  it('keeps a seed-size digest under Gmail\'s clipping size', async () => {
    const html = await renderEmail(seed, {});
    expect(Buffer.byteLength(html)).toBeLessThan(GMAIL_CLIP_BYTES);
  });

  it('lists every source with its link and its publisher', async () => {
    const document = documentOf(await renderEmail(seed, {}));
    const hrefs = Array.from(document.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    for (const article of seed.articles) {
      expect(hrefs).toContain(article.url);
      expect(document.getElementById(`ref-${article.ref}`)?.textContent).toContain(article.source);
    }
  });

  it('trims a large digest to the actor limit and links the rest to the full briefing', async () => {
    const large = largeDigest();
    const html = await renderEmail(large, { briefingUrl: BRIEFING_URL, emailActorLimit: 5 });
    expect(Buffer.byteLength(html)).toBeLessThan(GMAIL_CLIP_BYTES);
    const document = documentOf(html);
    const h2 = Array.from(document.querySelectorAll('h2')).map((h) => h.textContent);
    expect(large.actors.filter((a) => h2.includes(a.name))).toHaveLength(5);
    const more = Array.from(document.querySelectorAll('p')).find((p) => p.textContent?.includes(`${large.actors.length - 5} more actors`));
    expect(more?.querySelector('a')?.getAttribute('href')).toBe(BRIEFING_URL);
  });

  it('lists, in a trimmed email, the source of every citation it shows', async () => {
    const large = largeDigest();
    const document = documentOf(await renderEmail(large, {}));
    const cited = Array.from(document.querySelectorAll('.cite')).map((c) => Number(c.textContent?.replace(/\D/g, '')));
    expect(cited.length).toBeGreaterThan(0);
    for (const ref of cited) expect(document.getElementById(`ref-${ref}`)).not.toBeNull();
    expect(document.querySelectorAll('ol > li').length).toBeLessThan(large.articles.length);
  });

  it('trims to eight actors by default and stays under the clipping size', async () => {
    const large = largeDigest();
    const html = await renderEmail(large, {});
    expect(Buffer.byteLength(html)).toBeLessThan(GMAIL_CLIP_BYTES);
    expect(html).toContain(`${large.actors.length - 8} more actors`);
  });

  it('refuses an actor limit that is not a positive integer, naming what it got', async () => {
    await expect(renderEmail(seed, { emailActorLimit: 0 })).rejects.toThrow(/got emailActorLimit 0, expected a positive integer/);
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
    for (const actor of hostile.actors) expect(text).toContain(cleanInline(actor.name));
    expect(html).not.toMatch(/[\u202A-\u202E\u2066-\u2069\r]/);
    expect(text).toContain('{{mustache}}');
  });
});
