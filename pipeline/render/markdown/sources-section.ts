import type { List, RootContent } from 'mdast';
import type { DigestArticle } from '../../types.js';
import { sourceEntry } from './source-entry.js';

/**
 * The numbered Sources list. Refs are 1..n by contract, so an ordered list
 * numbers them right; should they ever have gaps, each entry is prefixed with
 * its "[n]" in a bullet list instead, so a number never lies.
 */
export function sourcesSection(articles: readonly DigestArticle[]): RootContent[] {
  if (articles.length === 0) return [];
  const first = articles[0]?.ref ?? 1;
  const contiguous = articles.every((article, index) => article.ref === first + index);
  const list: List = { type: 'list', ordered: contiguous, spread: false, children: [] };
  if (contiguous) list.start = first;
  for (const article of articles) {
    const children = sourceEntry(article);
    if (!contiguous) children.splice(1, 0, { type: 'text', value: `[${article.ref}] ` });
    list.children.push({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] });
  }
  return [{ type: 'heading', depth: 2, children: [{ type: 'text', value: 'Sources' }] }, list];
}
