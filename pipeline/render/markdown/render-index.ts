import type { Root } from 'mdast';
import type { IndexEntry } from '../../types.js';
import { cleanLine } from '../../text-safety/clean-line.js';
import { countsLine } from '../shared/counts-line.js';
import { stringifyMarkdown } from './stringify-markdown.js';
import { tightList } from './tight-list.js';

/**
 * `out/README.md`: every digest, newest first, its date linked to `<date>.md`,
 * then its headline and counts. Two entries of one date keep their given order.
 */
export function renderIndex(entries: readonly IndexEntry[]): string {
  const sorted = [...entries].sort((x, y) => (x.date < y.date ? 1 : x.date > y.date ? -1 : 0));
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'heading', depth: 1, children: [{ type: 'text', value: 'Briefings' }] },
      { type: 'paragraph', children: [{ type: 'text', value: 'Every digest, newest first.' }] },
    ],
  };
  if (sorted.length === 0) {
    tree.children.push({ type: 'paragraph', children: [{ type: 'text', value: 'No digests yet.' }] });
    return stringifyMarkdown(tree);
  }
  const list = tightList(
    sorted.map((entry) => {
      const date = cleanLine(entry.date);
      return [
        { type: 'link', url: `${encodeURIComponent(date)}.md`, children: [{ type: 'text', value: date }] },
        { type: 'text', value: ` — ${cleanLine(entry.headline)} ` },
        { type: 'emphasis', children: [{ type: 'text', value: `(${countsLine(entry.stats)})` }] },
      ];
    }),
  );
  tree.children.push(list);
  return stringifyMarkdown(tree);
}
