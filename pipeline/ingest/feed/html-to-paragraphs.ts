import { checkMarkupLoad } from '../html/check-markup-load.js';
import { domToParagraphs } from '../html/dom-to-paragraphs.js';
import { REGEXPS } from '../regexps.js';

const HAS_MARKUP = /<[a-z][^>]*>|&[a-z#0-9]+;/iu;
/** Any tag, for reading markup too costly to parse as text. */
const TAG = /<[^<>]*>/gu;

/** Turns an item's HTML (or plain text) content into paragraphs. */
export async function htmlToParagraphs(html: string): Promise<string[]> {
  // markup too deep or too entity-heavy to parse (see checkMarkupLoad) is read as its text
  const costly = HAS_MARKUP.test(html) && checkMarkupLoad(html) !== undefined;
  if (costly || !HAS_MARKUP.test(html)) return (costly ? html.replace(TAG, '\n\n') : html).split(/\n\s*\n/u).map((p) => p.replace(REGEXPS.whitespace, ' ').trim()).filter(Boolean);
  const { parseHTML } = await import('linkedom');
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return domToParagraphs(document.body as unknown as Node, undefined).paragraphs;
}
