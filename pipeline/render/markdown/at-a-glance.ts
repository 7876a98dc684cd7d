import type { List, RootContent } from 'mdast';
import type { Digest } from '../../types.js';
import { cleanInline } from '../shared/clean-inline.js';
import { countsLine } from '../shared/counts-line.js';
import { topLines } from '../shared/top-lines.js';
import { pointItem } from './point-item.js';

/** The date, the counts and the day's top lines: what a reader sees before deciding to read on. */
export function atAGlance(digest: Digest): RootContent[] {
  const nodes: RootContent[] = [
    { type: 'heading', depth: 2, children: [{ type: 'text', value: 'At a glance' }] },
    {
      type: 'paragraph',
      children: [
        { type: 'strong', children: [{ type: 'text', value: cleanInline(digest.date) }] },
        { type: 'text', value: ` · ${countsLine(digest.stats)}` },
      ],
    },
  ];
  const lines = topLines(digest);
  if (lines.length === 0) return nodes;
  const list: List = { type: 'list', ordered: false, spread: false, children: [] };
  for (const { actor, point } of lines) {
    const item = pointItem(actor, point);
    const paragraph = item.children[0];
    if (paragraph?.type === 'paragraph') {
      paragraph.children.unshift(
        { type: 'strong', children: [{ type: 'text', value: cleanInline(actor.name) }] },
        { type: 'text', value: ' — ' },
      );
    }
    list.children.push(item);
  }
  nodes.push(list);
  return nodes;
}
