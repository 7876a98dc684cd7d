import type { RenderOptions } from '../../types.js';
import { linkOrText } from './link-or-text.js';
import { markup, type Markup } from './markup.js';
import { renderPartial } from './render-partial.js';

/** "N more — read the full briefing", linked when the briefing has a web address; nothing when nothing was trimmed. */
export function moreBlock(hiddenActors: number, options: RenderOptions): Markup {
  if (hiddenActors <= 0) return markup('');
  const label = 'read the full briefing';
  return renderPartial('partials/more', {
    count: `${hiddenActors} more ${hiddenActors === 1 ? 'actor' : 'actors'} —`,
    link: linkOrText(label, options.briefingUrl),
  });
}
