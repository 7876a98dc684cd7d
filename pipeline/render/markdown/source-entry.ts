import type { PhrasingContent } from 'mdast';
import type { DigestArticle } from '../../types.js';
import { cleanInline } from '../shared/clean-inline.js';
import { duplicateLabel } from '../shared/duplicate-label.js';
import { safeUrl } from '../shared/safe-url.js';
import { sourceAnchor } from '../shared/source-anchor.js';
import { sourceMeta } from '../shared/source-meta.js';

/**
 * One source: an anchor for the citations, the title linked when its URL is
 * safe (else the input path), publisher, date and byline, and the copies folded into it. The only
 * raw HTML is the anchor, built from the ref number alone.
 */
export function sourceEntry(article: DigestArticle): PhrasingContent[] {
  const nodes: PhrasingContent[] = [{ type: 'html', value: `<a id="${sourceAnchor(article.ref)}"></a>` }];
  const url = safeUrl(article.url);
  nodes.push(linkOrText(cleanInline(article.title) || cleanInline(article.path), url));
  const meta = sourceMeta(article);
  nodes.push({ type: 'text', value: meta === '' ? '.' : ` — ${meta}.` });
  // Without a web address, the input it came from is the only way back to it.
  if (url === undefined) nodes.push({ type: 'text', value: ' From ' }, { type: 'inlineCode', value: cleanInline(article.path) }, { type: 'text', value: '.' });
  if (article.duplicates.length > 0) {
    nodes.push({ type: 'text', value: ' Also carried by ' });
    article.duplicates.forEach((duplicate, index) => {
      if (index > 0) nodes.push({ type: 'text', value: ', ' });
      nodes.push(linkOrText(duplicateLabel(duplicate), safeUrl(duplicate.url)));
    });
    nodes.push({ type: 'text', value: '.' });
  }
  return nodes;
}

function linkOrText(label: string, url: string | undefined): PhrasingContent {
  const text: PhrasingContent = { type: 'text', value: label };
  return url === undefined ? text : { type: 'link', url, children: [text] };
}
