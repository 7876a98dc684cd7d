import { parseDate } from '../parse-date.js';
import { readJsonLd } from './read-json-ld.js';
import { REGEXPS } from '../regexps.js';

/** What a page's head says about its article. */
export interface HtmlMetadata {
  readonly title?: string;
  readonly source?: string;
  readonly url?: string;
  readonly published?: string;
  readonly byline?: string;
  readonly lang?: string;
  /** The JSON-LD `articleBody`, when the page ships one. */
  readonly articleBody?: string;
  /** Whether the page declares itself an article (og:type article, JSON-LD *Article). */
  readonly declaredArticle: boolean;
}

/**
 * Reads metadata, most specific source first: JSON-LD NewsArticle, then Open Graph and
 * `article:*` meta, then other meta names, then <time>, <title>, rel=canonical, <html lang>.
 */
export function readHtmlMetadata(document: Document, pageUrl: string | undefined): HtmlMetadata {
  const meta = (...names: string[]): string | undefined => {
    for (const name of names) {
      const element = document.querySelector(`meta[property="${name}" i], meta[name="${name}" i], meta[itemprop="${name}" i]`);
      const content = element?.getAttribute('content')?.trim();
      if (content) return content;
    }
    return undefined;
  };
  const ld = readJsonLd(document);
  const titleTag = document.querySelector('title')?.textContent?.trim();
  const title = ld.headline ?? meta('og:title', 'twitter:title', 'dc.title', 'headline') ?? titleTag;
  const source = ld.publisher ?? meta('og:site_name', 'application-name', 'publisher', 'dc.publisher');
  const canonical = document.querySelector('link[rel="canonical" i]')?.getAttribute('href')?.trim();
  const url = absolute(canonical ?? meta('og:url') ?? ld.url, pageUrl) ?? pageUrl;
  const timeElement = document.querySelector('article time[datetime], time[pubdate], time[datetime]');
  const published = parseDate(ld.datePublished)
    ?? parseDate(meta('article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'dc.date.issued', 'sailthru.date', 'parsely-pub-date', 'og:published_time', 'article.published'))
    ?? parseDate(timeElement?.getAttribute('datetime') ?? timeElement?.textContent);
  const authorMeta = meta('author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author');
  const byline = ld.author ?? (authorMeta && !REGEXPS.httpScheme.test(authorMeta) ? authorMeta.replace(REGEXPS.byPrefix, '') : undefined);
  const lang = document.documentElement?.getAttribute('lang')?.trim() || meta('og:locale', 'language', 'content-language')?.replace('_', '-');
  const ogType = meta('og:type')?.toLowerCase();
  const fields = { title, source, url, published, byline, lang, articleBody: ld.articleBody };
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => typeof v === 'string' && v.trim() !== ''));
  return { ...defined, declaredArticle: ld.isArticle || ogType === 'article' } as HtmlMetadata;
}

function absolute(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const resolved = new URL(href, base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}
