import type { BriefingPlan } from '../../types.js';
import { cleanLine } from '../../text-safety/clean-line.js';
import { mentionLabel } from '../shared/mention-label.js';
import { citeMarkup } from './cite-markup.js';
import { joinMarkup } from './join-markup.js';
import { markup, type Markup } from './markup.js';
import { renderPartial } from './render-partial.js';

/** "Also in the news" and the interactions, in one section; nothing when both are empty. */
export function contextBlock(plan: Pick<BriefingPlan, 'alsoInTheNews' | 'alsoHidden' | 'interactions' | 'names'>, urls: ReadonlyMap<number, string>): Markup {
  const parts: Markup[] = [];
  if (plan.alsoInTheNews.length > 0) parts.push(renderPartial('partials/also-in-the-news', { names: mentionLabel(plan) }));
  if (plan.interactions.length > 0) {
    const items = plan.interactions.map((interaction) =>
      renderPartial('partials/interaction', {
        actors: `${cleanLine(plan.names.get(interaction.a) ?? interaction.a)} – ${cleanLine(plan.names.get(interaction.b) ?? interaction.b)}`,
        type: interaction.type,
        count: interaction.count === 1 ? 'once' : `${interaction.count} times`,
        cites: citeMarkup(interaction.refs, urls),
      }),
    );
    parts.push(renderPartial('partials/interactions', { items: joinMarkup(items) }));
  }
  if (parts.length === 0) return markup('');
  return renderPartial('partials/context', { body: joinMarkup(parts) });
}
