import { cleanLine } from '../text-safety/clean-line.js';

const REGEXPS = {
  /** A leading "www." of a host name: www.example.com and example.com are one outlet. */
  www: /^www\./u,
} as const;

/**
 * Who published an article, as a reader would name it: the source name as
 * the article gives it, else its URL's host without "www.", else undefined.
 */
export function outletName(article: { readonly source?: string; readonly url?: string }): string | undefined {
  const source = cleanLine(article.source ?? '');
  if (source !== '') return source;
  if (article.url === undefined) return undefined;
  try {
    const host = new URL(article.url).hostname.toLowerCase().replace(REGEXPS.www, '');
    return host === '' ? undefined : host;
  } catch {
    return undefined;
  }
}
