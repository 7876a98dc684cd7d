import type { List, RootContent } from 'mdast';
import type { BriefingPlan } from '../../types.js';
import { sourceEntry } from './source-entry.js';

/**
 * The numbered Sources list: what the briefing cites. When the refs shown
 * run 1..n an ordered list numbers them right; with gaps (sources nothing
 * shown cites are left to the JSON), each entry is a bullet led by its
 * "[n]", so a number never lies.
 */
export function sourcesSection(plan: Pick<BriefingPlan, 'sources' | 'hiddenSources'>): RootContent[] {
  const { sources, hiddenSources } = plan;
  if (sources.length === 0) return [];
  const first = sources[0]?.ref ?? 1;
  const contiguous = sources.every((source, index) => source.ref === first + index);
  const list: List = { type: 'list', ordered: contiguous, spread: false, children: [] };
  if (contiguous) list.start = first;
  for (const source of sources) {
    const children = sourceEntry(source);
    if (!contiguous) children.splice(1, 0, { type: 'text', value: `[${source.ref}] ` });
    list.children.push({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] });
  }
  const nodes: RootContent[] = [{ type: 'heading', depth: 2, children: [{ type: 'text', value: 'Sources' }] }, list];
  if (hiddenSources > 0) {
    nodes.push({ type: 'paragraph', children: [{ type: 'text', value: `${hiddenSources} more ${hiddenSources === 1 ? 'source is' : 'sources are'} listed in the JSON digest.` }] });
  }
  return nodes;
}
