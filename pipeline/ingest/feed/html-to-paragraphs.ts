import { domToParagraphs } from '../html/dom-to-paragraphs.js';
import { REGEXPS } from '../regexps.js';

const HAS_MARKUP = /<[a-z][^>]*>|&[a-z#0-9]+;/iu;

/** Turns an item's HTML (or plain text) content into paragraphs. */
export async function htmlToParagraphs(html: string): Promise<string[]> {
  if (!HAS_MARKUP.test(html)) return html.split(/\n\s*\n/u).map((p) => p.replace(REGEXPS.whitespace, ' ').trim()).filter(Boolean);
  const { parseHTML } = await import('linkedom');
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return domToParagraphs(document.body as unknown as Node, undefined).paragraphs;
}
