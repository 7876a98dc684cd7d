import type { DigestActor, Point } from '../../types.js';
import { cleanLine } from '../../text-safety/clean-line.js';
import { speakerPrefix } from '../shared/speaker-prefix.js';
import { supportLabel } from '../shared/support-label.js';
import { citeMarkup } from './cite-markup.js';
import type { Markup } from './markup.js';
import { renderPartial } from './render-partial.js';

/** One point as a list item: its speaker when not the actor itself, its text, citations and support. */
export function pointMarkup(actor: DigestActor, point: Point, urls: ReadonlyMap<number, string>): Markup {
  const speaker = speakerPrefix(actor, point);
  const support = supportLabel(point);
  return renderPartial('partials/point', {
    lead: speaker === '' ? '' : renderPartial('partials/lead', { name: speaker, separator: ': ' }),
    text: cleanLine(point.text),
    cites: citeMarkup(point.refs, urls),
    support: support === '' ? '' : ` ${support}`,
  });
}
