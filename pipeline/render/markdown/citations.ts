import type { PhrasingContent } from 'mdast';
import { sourceAnchor } from '../shared/source-anchor.js';

/** "[1] [3]": each ref a link to its entry in the Sources list. */
export function citations(refs: readonly number[]): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  for (const ref of refs) {
    if (nodes.length > 0) nodes.push({ type: 'text', value: ' ' });
    nodes.push({ type: 'link', url: `#${sourceAnchor(ref)}`, children: [{ type: 'text', value: `[${ref}]` }] });
  }
  return nodes;
}
