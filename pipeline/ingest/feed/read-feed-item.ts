import type { Article, IngestResult } from '../../types.js';
import type { IngestContext } from '../ingest-context.js';
import { makeArticle } from '../make-article.js';
import { parseDate } from '../parse-date.js';
import { readUrl } from '../read-url.js';
import { reject } from '../reject.js';
import type { FeedItem } from './feed-types.js';
import { htmlToParagraphs } from './html-to-paragraphs.js';
import { REGEXPS } from '../regexps.js';
import { truncateTitle } from '../truncate-title.js';

/** An item without full content whose summary is shorter than this (characters) is a teaser: its page is fetched. */
const TEASER_MAX_CHARS = 800;
const TEASER_END = /(?:…|\.\.\.|\[…\]|\[\.\.\.\]|read more\W*|continue reading\W*)$/iu;

/**
 * Reads one feed item: its own full content when it has some; otherwise (a teaser) the
 * linked page, fetched and extracted, unless `fetch.fullText` is false. The article's path
 * is `feed#n`; a rejected item is listed under its link (or `feed#n`).
 */
export async function readFeedItem(feedPath: string, n: number, raw: FeedItem, feedTitle: string | undefined, context: IngestContext): Promise<IngestResult> {
  const path = `${feedPath}#${String(n)}`;
  const item = raw.link === undefined ? raw : { ...raw, link: absoluteLink(raw.link, feedPath) };
  const where = item.link ?? path;
  const full = item.contentText !== undefined ? item.contentText.split(/\n\s*\n/u) : item.contentHtml !== undefined ? await htmlToParagraphs(item.contentHtml) : undefined;
  const summary = full === undefined && item.summary !== undefined ? await htmlToParagraphs(item.summary) : undefined;
  const summaryText = summary?.join(' ') ?? '';
  const teaser = full === undefined && (summaryText.length < TEASER_MAX_CHARS || TEASER_END.test(summaryText));
  const fields = {
    source: feedTitle,
    url: item.link,
    published: parseDate(item.date),
    byline: item.author?.replace(/^[^(]*\(([^)]+)\)$/u, '$1'), // RSS "email (Name)" -> Name
    lang: item.lang,
  };
  if (teaser && context.options.fetch?.fullText !== false && item.link !== undefined) {
    const [page] = await readUrl(item.link, context);
    if (page === undefined) return reject(where, 'unreachable', 'The item is a teaser and its linked page gave nothing.');
    if (!page.ok) return reject(where, page.rejected.code, `The item is a teaser and its linked page failed: ${page.rejected.reason}`);
    return { ok: true, article: merge(page.article, item, path, fields) };
  }
  const paragraphs = full ?? summary ?? [];
  if (paragraphs.join('').trim() === '') return reject(where, 'empty', 'The feed item has no text.');
  const title = item.title ?? truncateTitle(paragraphs[0]?.split(REGEXPS.sentenceBreak)[0]) ?? path;
  return { ok: true, article: makeArticle({ path, kind: 'feed', title, text: paragraphs.join('\n\n'), ...fields }) };
}

/** The fetched page's article under the item's path, the item's own metadata first. */
function merge(page: Article, item: FeedItem, path: string, fields: Record<string, string | undefined>): Article {
  return makeArticle({
    path,
    kind: 'feed',
    title: item.title ?? page.title,
    text: page.text,
    source: page.source ?? fields['source'],
    url: item.link ?? page.url,
    published: fields['published'] ?? page.published,
    byline: fields['byline'] ?? page.byline,
    lang: fields['lang'] ?? page.lang,
    links: page.links,
  });
}

/** An item link made absolute against the feed's own URL (feeds fetched from the web may use relative links). */
function absoluteLink(link: string, feedPath: string): string {
  try {
    return new URL(link, /^https?:\/\//iu.test(feedPath) ? feedPath : undefined).href;
  } catch {
    return link;
  }
}
