import type { BriefingPlan } from '../../types.js';
import { cleanLine } from '../../text-safety/clean-line.js';
import { countsLine } from '../shared/counts-line.js';
import type { Markup } from './markup.js';
import { renderPartial } from './render-partial.js';

/** The title and the day's counts. */
export function headerBlock(plan: Pick<BriefingPlan, 'date' | 'stats'>): Markup {
  return renderPartial('partials/header', {
    title: `Briefing ${cleanLine(plan.date)}`,
    counts: countsLine(plan.stats),
  });
}
