import type { Root } from 'mdast';
import type { Digest } from '../../types.js';
import { actorNames } from '../shared/actor-names.js';
import { articlesByRef } from '../shared/articles-by-ref.js';
import { cleanInline } from '../shared/clean-inline.js';
import { actorSection } from './actor-section.js';
import { alsoMentioned } from './also-mentioned.js';
import { atAGlance } from './at-a-glance.js';
import { developingSection } from './developing-section.js';
import { interactionsTable } from './interactions-table.js';
import { rejectedFooter } from './rejected-footer.js';
import { sourcesSection } from './sources-section.js';
import { stringifyMarkdown } from './stringify-markdown.js';

/** The briefing as `out/<date>.md`: a tree built section by section, serialised once. */
export function renderMarkdown(digest: Digest): string {
  const names = actorNames(digest);
  const articles = articlesByRef(digest);
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'heading', depth: 1, children: [{ type: 'text', value: `Briefing ${cleanInline(digest.date)}` }] },
      ...atAGlance(digest),
      ...digest.actors.flatMap((actor) => actorSection(actor, names)),
      ...alsoMentioned(digest),
      ...interactionsTable(digest.interactions, names),
      ...developingSection(articles),
      ...sourcesSection(articles),
      ...rejectedFooter(digest),
    ],
  };
  return stringifyMarkdown(tree);
}
