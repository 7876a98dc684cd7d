import type { DigestActor, Point } from '../../types.js';
import { cleanLine } from '../../text-safety/clean-line.js';

/**
 * The speaker to name before a point, or empty when the point is the actor's
 * own (naming "Russia" under the "Russia" heading says nothing).
 */
export function speakerPrefix(actor: DigestActor, point: Point): string {
  if (point.speaker === undefined) return '';
  const speaker = cleanLine(point.speaker);
  return speaker === '' || speaker === cleanLine(actor.name) ? '' : speaker;
}
