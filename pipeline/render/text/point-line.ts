import type { DigestActor, Point } from '../../types.js';
import { cleanInline } from '../shared/clean-inline.js';
import { speakerPrefix } from '../shared/speaker-prefix.js';
import { supportLabel } from '../shared/support-label.js';

/** "Sameh Shoukry: text [1] [2] (2 sources)", unwrapped; `lead` names the actor first, for the top lines. */
export function pointLine(actor: DigestActor, point: Point, lead: boolean): string {
  const parts: string[] = [];
  if (lead) parts.push(`${cleanInline(actor.name)} —`);
  const speaker = speakerPrefix(actor, point);
  parts.push(speaker === '' ? cleanInline(point.text) : `${speaker}: ${cleanInline(point.text)}`);
  if (point.refs.length > 0) parts.push(point.refs.map((ref) => `[${ref}]`).join(' '));
  const support = supportLabel(point);
  // A no-break space keeps "(2 sources)" on one line when wrapped.
  if (support !== '') parts.push(support.replace(' ', '\u00A0'));
  return parts.join(' ');
}
