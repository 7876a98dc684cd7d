import type { Root } from 'mdast';
import type { BriefingPlan } from '../../types.js';
import { cleanLine } from '../../text-safety/clean-line.js';
import { countsLine } from '../shared/counts-line.js';
import { actorSection } from './actor-section.js';
import { alsoInTheNews } from './also-in-the-news.js';
import { interactionsTable } from './interactions-table.js';
import { rejectedFooter } from './rejected-footer.js';
import { sourcesSection } from './sources-section.js';
import { stringifyMarkdown } from './stringify-markdown.js';
import { topStories } from './top-stories.js';

/** The briefing as `out/<date>.md`: the plan's sections as one tree, serialised once. */
export function renderMarkdown(plan: BriefingPlan): string {
  const date = cleanLine(plan.date);
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'heading', depth: 1, children: [{ type: 'text', value: `Briefing ${date}` }] },
      {
        type: 'paragraph',
        children: [
          { type: 'strong', children: [{ type: 'text', value: date }] },
          { type: 'text', value: ` · ${countsLine(plan.stats)}` },
        ],
      },
      ...topStories(plan.topStories),
      ...plan.actors.flatMap((actor) => actorSection(actor, plan.names)),
      ...alsoInTheNews(plan),
      ...interactionsTable(plan.interactions, plan.names),
      ...sourcesSection(plan),
      ...rejectedFooter(plan),
    ],
  };
  return stringifyMarkdown(tree);
}
