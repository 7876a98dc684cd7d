import type { DigestArticle } from '../../types.js';
import { cleanInline } from '../shared/clean-inline.js';
import { duplicateLabel } from '../shared/duplicate-label.js';
import { safeUrl } from '../shared/safe-url.js';
import { sourceMeta } from '../shared/source-meta.js';
import { wrapBlock } from './wrap-block.js';

/**
 * "[1] Title — Publisher, date." then its URL on a line of its own (mail
 * clients make it clickable), then the copies. URLs that are not http(s) or
 * mailto are left out: a reader could paste them.
 */
export function sourceLines(article: DigestArticle): string[] {
  const label = `[${article.ref}] `;
  const meta = sourceMeta(article);
  const title = cleanInline(article.title) || cleanInline(article.path);
  const lines = wrapBlock(meta === '' ? `${title}.` : `${title} — ${meta}.`, label);
  const indent = ' '.repeat(label.length);
  const url = safeUrl(article.url);
  // Without a web address, the input it came from is the only way back to it.
  lines.push(...(url !== undefined ? [indent + url] : wrapBlock(`From ${cleanInline(article.path)}`, indent)));
  if (article.duplicates.length > 0) {
    const copies = article.duplicates.map((duplicate) => {
      const copyUrl = safeUrl(duplicate.url);
      return copyUrl === undefined ? duplicateLabel(duplicate) : `${duplicateLabel(duplicate)} <${copyUrl}>`;
    });
    lines.push(...wrapBlock(`Also carried by ${copies.join(', ')}.`, indent));
  }
  return lines;
}
