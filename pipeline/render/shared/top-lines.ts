import type { Digest, DigestActor, Point } from '../../types.js';

/** How many lines "at a glance" shows: a glance, not a summary. */
const TOP_LINE_COUNT = 3;

/** One line of the day: an actor and its most important point. */
export interface TopLine {
  readonly actor: DigestActor;
  readonly point: Point;
}

/** The top point of each of the most salient actors (actors come most salient first). */
export function topLines(digest: Digest): readonly TopLine[] {
  const lines: TopLine[] = [];
  for (const actor of digest.actors) {
    const point = actor.points[0];
    if (point !== undefined) lines.push({ actor, point });
    if (lines.length === TOP_LINE_COUNT) break;
  }
  return lines;
}
