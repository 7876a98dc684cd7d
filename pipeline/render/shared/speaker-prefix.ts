import type { DigestActor, Point } from '../../types.js';
import { cleanInline } from './clean-inline.js';

/**
 * The speaker to name before a point, or empty when the point is the actor's
 * own (naming "Russia" under the "Russia" heading says nothing).
 */
export function speakerPrefix(actor: DigestActor, point: Point): string {
  if (point.speaker === undefined) return '';
  const speaker = cleanInline(point.speaker);
  return speaker === '' || speaker === cleanInline(actor.name) ? '' : speaker;
}
