import { describe, expect, it } from 'vitest';
import { checkMarkupLoad } from '../../../pipeline/ingest/html/check-markup-load.js';
import { readHtml } from '../../../pipeline/ingest/html/read-html.js';

const BODY = '<p>The harbour authority reopened the north pier on Monday after three weeks of repairs to its storm-damaged deck, officials said.</p>'.repeat(3);
const page = (body: string) => `<!doctype html><html><head><title>North pier reopens</title></head><body>${body}</body></html>`;

describe('checkMarkupLoad', () => {
  it('passes an ordinary page with closed tags, void elements and optional end tags', () => {
    expect(checkMarkupLoad(page(`<main><article><h1>North pier</h1><img src="a.jpg"><br><ul><li>one<li>two</ul>${'<p>Para'.repeat(5_000)}</article></main>`))).toBeUndefined();
  });

  it('flags thousands of unclosed nested elements and names the depth cap', () => {
    expect(checkMarkupLoad(page('<div><span>'.repeat(20_000) + BODY))).toMatch(/nest more than 1000 levels/u);
  });

  it('ignores tags inside comments and scripts when estimating the depth', () => {
    expect(checkMarkupLoad(page(`<!--${'<div>'.repeat(5_000)}--><script>var s = "${'<div>'.repeat(5_000)}";</script>${BODY}`))).toBeUndefined();
  });

  it('flags a flood of character references and names how many it found', () => {
    expect(checkMarkupLoad(page(`<p>${'&amp;&#x1F600;&lt;'.repeat(20_000)}</p>`))).toMatch(/60000 character references/u);
  });

  it('passes the entities of a real page (a few hundred)', () => {
    expect(checkMarkupLoad(page(`<p>${'Caf&eacute; &amp; bar &mdash; '.repeat(300)}</p>`))).toBeUndefined();
  });
});

describe('readHtml on costly markup', () => {
  it('rejects deeply nested unclosed markup as unparsable instead of parsing it', async () => {
    const result = await readHtml('deep.html', page('<div><span>'.repeat(100_000) + BODY), undefined, 'html');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.rejected).toMatchObject({ code: 'unparsable', reason: expect.stringMatching(/1000 levels/u) });
  });

  it('rejects an entity flood as unparsable with the count in the reason', async () => {
    const result = await readHtml('entities.html', page(`<p>${'&amp;&#x1F600;&lt;'.repeat(300_000)}</p>${BODY}`), undefined, 'html');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.rejected).toMatchObject({ code: 'unparsable', reason: expect.stringMatching(/character references/u) });
  });
});
