import type { PhrasingContent } from 'mdast';
import type { PlannedSource } from '../../types.js';
import { sourceAnchor } from '../shared/source-anchor.js';
import { sourceMeta } from '../shared/source-meta.js';

/**
 * One source: an anchor for the citations, the title linked to the article,
 * then outlet and date; without a URL, where the input was (a relative path,
 * never an absolute one); then the copies folded into it. The only raw HTML
 * is the anchor, built from the ref number alone.
 */
export function sourceEntry(source: PlannedSource): PhrasingContent[] {
  const nodes: PhrasingContent[] = [{ type: 'html', value: `<a id="${sourceAnchor(source.ref)}"></a>` }];
  nodes.push(linkOrText(source.title, source.url));
  const meta = sourceMeta(source);
  nodes.push({ type: 'text', value: meta === '' ? '.' : ` — ${meta}.` });
  if (source.location !== undefined) nodes.push({ type: 'text', value: ' From ' }, { type: 'inlineCode', value: source.location }, { type: 'text', value: '.' });
  if (source.copies.length > 0) {
    nodes.push({ type: 'text', value: ' Also carried by ' });
    source.copies.forEach((copy, index) => {
      if (index > 0) nodes.push({ type: 'text', value: ', ' });
      nodes.push(linkOrText(copy.label, copy.url));
    });
    nodes.push({ type: 'text', value: '.' });
  }
  return nodes;
}

function linkOrText(label: string, url: string | undefined): PhrasingContent {
  const text: PhrasingContent = { type: 'text', value: label };
  return url === undefined ? text : { type: 'link', url, children: [text] };
}
