import type { DigestActor, Point } from '../../types.js';
import { cleanLine } from '../../text-safety/clean-line.js';
import { speakerPrefix } from '../shared/speaker-prefix.js';
import { supportLabel } from '../shared/support-label.js';

/** "Sameh Shoukry: text [1] [2] (2 sources)", unwrapped. */
export function pointLine(actor: DigestActor, point: Point): string {
  const parts: string[] = [];
  const speaker = speakerPrefix(actor, point);
  parts.push(speaker === '' ? cleanLine(point.text) : `${speaker}: ${cleanLine(point.text)}`);
  if (point.refs.length > 0) parts.push(point.refs.map((ref) => `[${ref}]`).join(' '));
  const support = supportLabel(point);
  // A no-break space keeps "(2 sources)" on one line when wrapped.
  if (support !== '') parts.push(support.replace(' ', '\u00A0'));
  return parts.join(' ');
}
