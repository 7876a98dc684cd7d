import type { DigestArticle } from '../../types.js';
import { cleanInline } from './clean-inline.js';

/** "Financial Tribune, 2017-11-26, by Jane Roe": what is known of where and when an article appeared. */
export function sourceMeta(article: DigestArticle): string {
  const parts: string[] = [];
  const source = cleanInline(article.source ?? '');
  if (source !== '') parts.push(source);
  const published = cleanInline(article.published ?? '').slice(0, 'YYYY-MM-DD'.length);
  if (published !== '') parts.push(published);
  const byline = cleanInline(article.byline ?? '');
  if (byline !== '') parts.push(`by ${byline}`);
  return parts.join(', ');
}
