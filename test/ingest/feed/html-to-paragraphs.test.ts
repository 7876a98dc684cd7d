import { describe, expect, it } from 'vitest';
import { htmlToParagraphs } from '../../../pipeline/ingest/feed/html-to-paragraphs.js';

describe('htmlToParagraphs', () => {
  it('reads item content nested too deep to parse as plain text, one paragraph per tag break', async () => {
    const paragraphs = await htmlToParagraphs(`${'<div><span>'.repeat(5_000)}<p>The ferry resumed service on Monday.</p><p>Crews checked the docks.</p>`);
    expect(paragraphs).toEqual(['The ferry resumed service on Monday.', 'Crews checked the docks.']);
  });

  it('parses ordinary item content through the DOM', async () => {
    expect(await htmlToParagraphs('<p>The ferry resumed <b>service</b> on Monday &amp; crews cheered.</p>')).toEqual(['The ferry resumed service on Monday & crews cheered.']);
  });
});
