import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderEmail } from '../../../pipeline/render/email/render-email.js';
import { planBriefing } from '../../../pipeline/render/plan/plan-briefing.js';
import { loadFixture } from '../../fixtures/render/load-fixture.js';
import { findBrowser } from '../../helpers/find-browser.js';

/**
 * The browser: CHROME_PATH, else a usual install (.ci/run installs Debian's
 * Chromium). Without one the suite is skipped with the reason, except in CI
 * (CI=true), where a missing browser fails it.
 */
const BROWSER = findBrowser(process.env);

if ('missing' in BROWSER && process.env.CI === 'true') {
  it('has a browser to drive (CI=true requires one)', () => {
    throw new Error(`Cannot run the browser check in CI: ${BROWSER.missing}`);
  });
}
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
/** Phone and desktop widths, px: an iPhone SE/mini, and the email's own width. */
const WIDTHS = [375, 600] as const;
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

describe.skipIf('missing' in BROWSER)(`the seed email in headless Chromium${'missing' in BROWSER ? ` (skipped: ${BROWSER.missing})` : ''}`, () => {
  const seed = loadFixture('seed');
  let browser: Browser | undefined;
  let html = '';

  beforeAll(async () => {
    if ('missing' in BROWSER) return;
    html = await renderEmail(planBriefing(seed, {}), {});
    browser = await chromium.launch({ executablePath: BROWSER.path, args: CHROMIUM_ARGS });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(width: number, colorScheme: 'light' | 'dark' = 'light') {
    if (browser === undefined) throw new Error('Cannot open a page: the browser did not start');
    const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme });
    // The email must render from itself alone; any request would be a leak.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return page;
  }

  for (const width of WIDTHS) {
    it(`fits ${width} px without horizontal scrolling and keeps every source link`, async () => {
      const page = await open(width);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(width);
      const hrefs = await page.evaluate(() => Array.from(document.querySelectorAll('a')).map((a) => a.href));
      for (const article of seed.articles) expect(hrefs).toContain(article.url);
      await page.screenshot({ path: `/tmp/actor-digest-email-${width}.png`, fullPage: true });
      await page.close();
    }, 30_000);
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe violations in ${colorScheme} mode`, async () => {
      const page = await open(600, colorScheme);
      await page.addScriptTag({ content: AXE_SOURCE });
      const violations = (await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: unknown[] }> } }).axe;
        return (await axe.run(document)).violations;
      })) as AxeViolation[];
      const severe = violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(severe).toEqual([]);
      if (colorScheme === 'dark') await page.screenshot({ path: '/tmp/actor-digest-email-600-dark.png', fullPage: true });
      await page.close();
    }, 30_000);
  }
});
