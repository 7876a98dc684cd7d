import type { BriefingPlan } from '../../types.js';

/** "A (3 stories), B (1 story), and 4 more in the JSON digest.": the "Also in the news" line. */
export function mentionLabel(plan: Pick<BriefingPlan, 'alsoInTheNews' | 'alsoHidden'>): string {
  const names = plan.alsoInTheNews.map(({ name, stories }) => `${name} (${stories} ${stories === 1 ? 'story' : 'stories'})`);
  const more = plan.alsoHidden > 0 ? `, and ${plan.alsoHidden} more in the JSON digest` : '';
  return `${names.join(', ')}${more}.`;
}
