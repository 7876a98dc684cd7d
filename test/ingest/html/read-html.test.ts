import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../../pipeline/ingest/html/read-html.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/ingest/html/${name}`, import.meta.url), 'utf8');
const read = (name: string) => readHtml(name, fixture(name), undefined, 'html');

describe('readHtml', () => {
  it('reads a news page with JSON-LD: metadata, body without byline, caption, share links or sidebar', async () => {
    const result = await read('news-jsonld.html');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article).toMatchObject({
      title: 'Lisbon Approves Plan to Cap Short-Term Rentals', source: 'The Atlantic Courier', byline: 'Inês Carvalho',
      published: '2024-06-18', lang: 'en-GB', url: 'https://atlantic-courier.example/europe/lisbon-rentals-cap',
      links: [{ text: 'Alfama', url: 'https://atlantic-courier.example/tags/alfama' }],
    });
    const { text } = result.article;
    expect(text.startsWith('Lisbon city council on Tuesday approved')).toBe(true);
    expect(text.endsWith('which the council expects in September.')).toBe(true);
    expect(text).toContain('\n\nLandlords warn of losses\n\n');
    for (const furniture of ['By Inês', 'Photo:', 'Tweet', 'Most read', 'Heatwave', 'All rights reserved', 'We use cookies']) expect(text).not.toContain(furniture);
  });

  it('reads a blog page from Open Graph and article meta, in German', async () => {
    const result = await read('blog-opengraph.html');
    expect(result.ok && result.article).toMatchObject({ title: 'Warum die Nachtzüge zurückkehren', source: 'Schienenblog', byline: 'Jonas Weber', published: '2023-10-02', lang: 'de' });
    expect(result.ok && result.article.text.split('\n\n')).toHaveLength(5);
    expect(result.ok && result.article.text).not.toMatch(/Kommentare|Neueste Beiträge|Fahrplanwechsel/u);
  });

  it('reads an old table layout: date from <time>, site name from the <title> beside the headline', async () => {
    const result = await read('plain-time.html');
    expect(result.ok && result.article).toMatchObject({ title: 'Fishing quotas cut for North Atlantic cod', source: 'Coastal Times', published: '2022-12-13' });
    expect(result.ok && result.article.text.startsWith('Fisheries ministers agreed')).toBe(true);
    expect(result.ok && result.article.text).not.toContain('Posted');
  });

  it.each([
    ['index-page.html', 'index page'],
    ['error-page.html', 'error page'],
    ['cookie-wall.html', 'cookie or consent wall'],
  ])('rejects %s as not an article (%s)', async (name, why) => {
    const result = await read(name);
    expect(result).toMatchObject({ ok: false, rejected: { path: name, code: 'not-article', reason: expect.stringContaining(why) } });
  });

  it('keeps an article whose headline contains error words', async () => {
    const body = '<p>Rescue teams searched the hills above the village for a third day on Sunday without finding the walker, who set out alone on Thursday morning and was last seen near the ridge.</p>'.repeat(4);
    const result = await readHtml('hiker.html', `<html><head><title>Missing hiker not found</title></head><body><article><h1>Missing hiker not found</h1>${body}</article></body></html>`, undefined, 'html');
    expect(result.ok && result.article.title).toBe('Missing hiker not found');
  });

  it('rejects a page with too little text', async () => {
    const result = await readHtml('stub.html', '<html><head><title>Short note</title></head><body><p>Just one line of text here.</p></body></html>', undefined, 'html');
    expect(result).toMatchObject({ ok: false, rejected: { code: 'not-article', reason: expect.stringContaining('too little article text') } });
  });

  // 900 levels: past Readability's depth limit (150), under the parse limit of checkMarkupLoad (1,000)
  it('extracts the text of deeply nested markup without Readability\'s quadratic cost', async () => {
    const html = `<html><body>${'<div>'.repeat(900)}<p>${'Deep text sentence here. '.repeat(40)}</p>${'</div>'.repeat(900)}</body></html>`;
    const result = await readHtml('deep.html', html, undefined, 'html');
    expect(result.ok && result.article.text).toBe('Deep text sentence here. '.repeat(40).trim());
  });
});
