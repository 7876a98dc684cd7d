import type { IngestResult, SourceKind } from '../../types.js';
import { makeArticle } from '../make-article.js';
import { reject } from '../reject.js';
import { checkMarkupLoad } from './check-markup-load.js';
import { classifyPage } from './classify-page.js';
import { cleanParagraphs } from './clean-paragraphs.js';
import { extractMainText } from './extract-main-text.js';
import { readHtmlMetadata } from './read-html-metadata.js';
import { tidyTitle } from './tidy-title.js';
import { REGEXPS } from '../regexps.js';
import { truncateTitle } from '../truncate-title.js';

/** An extracted body shorter than this (characters) is not an article: a teaser, a gallery, a stub. Shortest benchmark body is 369. */
const MIN_ARTICLE_CHARS = 250;
/** An extracted body with more than this share of its text in links is a list of links, not an article. */
const MAX_BODY_LINK_DENSITY = 0.5;

/**
 * Reads an HTML page into an article: metadata from JSON-LD, meta tags and <title>;
 * the body from the extraction cascade, cleaned of furniture. Error pages, cookie walls,
 * index pages and pages with too little text are rejected as `not-article`.
 */
export async function readHtml(path: string, html: string, pageUrl: string | undefined, kind: SourceKind): Promise<IngestResult> {
  const tooCostly = checkMarkupLoad(html);
  if (tooCostly !== undefined) return reject(path, 'unparsable', `The HTML is not read because ${tooCostly}.`);
  const { parseHTML } = await import('linkedom');
  const parse = (): Document => parseHTML(html).document as unknown as Document;
  let document: Document;
  try {
    document = parse();
  } catch (error) {
    return reject(path, 'unparsable', `The HTML could not be parsed: ${(error as Error).message}.`);
  }
  if (!document.documentElement) return reject(path, 'unparsable', 'The HTML has no document element.');
  const metadata = readHtmlMetadata(document, pageUrl);
  const notArticle = classifyPage(document, metadata.declaredArticle);
  if (notArticle) return reject(path, 'not-article', `The page is not an article: ${notArticle}.`);
  const extraction = await extractMainText(document, parse, metadata.url ?? pageUrl, metadata.articleBody);
  const headings = [document.querySelector('h1')?.textContent ?? '', extraction?.paragraphs[0] ?? '', extraction?.title ?? ''];
  const { title, site } = tidyTitle(metadata.title ?? extraction?.title, metadata.source, headings);
  const paragraphs = extraction ? cleanParagraphs(extraction.paragraphs, title) : [];
  const chars = paragraphs.reduce((sum, p) => sum + p.length, 0);
  if (chars < MIN_ARTICLE_CHARS) return reject(path, 'not-article', `The page has too little article text (${String(chars)} characters, at least ${String(MIN_ARTICLE_CHARS)} needed).`);
  if (extraction && extraction.linkDensity > MAX_BODY_LINK_DENSITY) return reject(path, 'not-article', `The page is a list of links, not an article (${String(Math.round(extraction.linkDensity * 100))}% of its main text is links).`);
  const text = paragraphs.join('\n\n');
  return {
    ok: true,
    article: makeArticle({
      path, kind,
      title: title ?? truncateTitle(paragraphs[0]?.split(REGEXPS.sentenceBreak)[0]) ?? path,
      text,
      source: metadata.source ?? site,
      url: metadata.url,
      published: metadata.published,
      byline: metadata.byline ?? extraction?.byline?.replace(REGEXPS.byPrefix, ''),
      lang: metadata.lang,
      links: extraction?.links,
    }),
  };
}
