import type { RootContent } from 'mdast';
import type { BriefingPlan } from '../../types.js';
import { mentionLabel } from '../shared/mention-label.js';

/** "Also in the news: A (3 stories), B (1 story), and N more in the JSON digest."; nothing when there are none. */
export function alsoInTheNews(plan: Pick<BriefingPlan, 'alsoInTheNews' | 'alsoHidden'>): RootContent[] {
  if (plan.alsoInTheNews.length === 0) return [];
  return [
    { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Also in the news' }] },
    { type: 'paragraph', children: [{ type: 'text', value: mentionLabel(plan) }] },
  ];
}
