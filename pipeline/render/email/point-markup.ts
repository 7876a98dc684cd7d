import type { DigestActor, DigestArticle, Point } from '../../types.js';
import { cleanInline } from '../shared/clean-inline.js';
import { speakerPrefix } from '../shared/speaker-prefix.js';
import { supportLabel } from '../shared/support-label.js';
import { citeMarkup } from './cite-markup.js';
import { joinMarkup } from './join-markup.js';
import type { Markup } from './markup.js';
import { renderPartial } from './render-partial.js';

/** One point as a list item; `withActor` leads with the actor's name, for the at-a-glance list. */
export function pointMarkup(
  actor: DigestActor,
  point: Point,
  byRef: ReadonlyMap<number, DigestArticle>,
  withActor: boolean,
): Markup {
  const leads: Markup[] = [];
  if (withActor) leads.push(renderPartial('partials/lead', { name: cleanInline(actor.name), separator: ' — ' }));
  const speaker = speakerPrefix(actor, point);
  if (speaker !== '') leads.push(renderPartial('partials/lead', { name: speaker, separator: ': ' }));
  const support = supportLabel(point);
  return renderPartial('partials/point', {
    lead: joinMarkup(leads),
    text: cleanInline(point.text),
    cites: citeMarkup(point.refs, byRef),
    support: support === '' ? '' : ` ${support}`,
  });
}
