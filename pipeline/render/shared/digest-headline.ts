import type { Digest } from '../../types.js';
import { cleanInline } from './clean-inline.js';
import { shorten } from './shorten.js';
import { speakerPrefix } from './speaker-prefix.js';

/** Longest headline, characters: fits an email subject line on a phone with the "Briefing date:" prefix. */
const HEADLINE_MAX_CHARS = 120;

/**
 * One line for the index and the email subject: the top point of the most
 * salient actor ("Russia: Lavrov: ..."), else the first story's title. Always
 * one line, free of control characters, so it can never add a header.
 */
export function digestHeadline(digest: Digest): string {
  for (const actor of digest.actors) {
    const point = actor.points[0];
    if (point === undefined) continue;
    const speaker = speakerPrefix(actor, point);
    const who = speaker === '' ? cleanInline(actor.name) : `${cleanInline(actor.name)} (${speaker})`;
    return shorten(`${who}: ${point.text}`, HEADLINE_MAX_CHARS);
  }
  const first = [...digest.articles].sort((x, y) => x.ref - y.ref)[0];
  if (first !== undefined) return shorten(first.title, HEADLINE_MAX_CHARS);
  return 'Nothing new to brief';
}
