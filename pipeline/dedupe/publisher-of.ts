import type { Article } from '../types.js';

const REGEXPS = {
  /** A leading "www." of a host name: www.example.com and example.com are one publisher. */
  www: /^www\./,
  /** Runs of whitespace in a source name. */
  spaces: /\s+/g,
} as const;

/**
 * Who published an article, for support counts: the source name (case and
 * spacing folded), else the URL's host, else the input path, so an article
 * with no metadata still counts once.
 */
export function publisherOf(article: Article): string {
  const source = article.source?.trim().replace(REGEXPS.spaces, ' ').toLowerCase();
  if (source) return `source:${source}`;
  if (article.url !== undefined) {
    try {
      return `host:${new URL(article.url).hostname.toLowerCase().replace(REGEXPS.www, '')}`;
    } catch {
      // not an absolute URL: fall through to the path
    }
  }
  return `path:${article.path}`;
}
