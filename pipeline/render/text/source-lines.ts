import type { PlannedSource } from '../../types.js';
import { sourceMeta } from '../shared/source-meta.js';
import { wrapBlock } from './wrap-block.js';

/**
 * "[1] Title — Outlet, date." then its URL on a line of its own (mail clients
 * make it clickable), or where the input was, then the copies.
 */
export function sourceLines(source: PlannedSource): string[] {
  const label = `[${source.ref}] `;
  const meta = sourceMeta(source);
  const lines = wrapBlock(meta === '' ? `${source.title}.` : `${source.title} — ${meta}.`, label);
  const indent = ' '.repeat(label.length);
  if (source.url !== undefined) lines.push(indent + source.url);
  else if (source.location !== undefined) lines.push(...wrapBlock(`From ${source.location}`, indent));
  if (source.copies.length > 0) {
    const copies = source.copies.map((copy) => (copy.url === undefined ? copy.label : `${copy.label} <${copy.url}>`));
    lines.push(...wrapBlock(`Also carried by ${copies.join(', ')}.`, indent));
  }
  return lines;
}
