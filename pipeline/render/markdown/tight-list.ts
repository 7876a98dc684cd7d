import type { List, PhrasingContent } from 'mdast';

/** A tight bullet list, one paragraph per item: the shape every list of the briefing takes. */
export function tightList(items: readonly PhrasingContent[][]): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((children) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] })),
  };
}
