import type { Digest } from '../../types.js';
import { cleanLine } from '../../text-safety/clean-line.js';
import { HEADLINE_MAX_CHARS, truncateLine } from '../../text-safety/truncate-line.js';
import { speakerPrefix } from './speaker-prefix.js';

/**
 * One line for the index and the email subject: the top story's headline;
 * for a digest written before stories were grouped, the top point of the
 * most salient actor, else the first article's title. Always one line, free
 * of control characters, so it can never add a header.
 */
export function digestHeadline(digest: Pick<Digest, 'actors' | 'articles'> & { readonly stories?: Digest['stories'] }): string {
  const top = digest.stories?.[0];
  if (top !== undefined && cleanLine(top.headline) !== '') return truncateLine(top.headline, HEADLINE_MAX_CHARS);
  for (const actor of digest.actors) {
    const point = actor.points[0];
    if (point === undefined) continue;
    const speaker = speakerPrefix(actor, point);
    const who = speaker === '' ? cleanLine(actor.name) : `${cleanLine(actor.name)} (${speaker})`;
    return truncateLine(`${who}: ${point.text}`, HEADLINE_MAX_CHARS);
  }
  const first = [...digest.articles].sort((x, y) => x.ref - y.ref)[0];
  if (first !== undefined) return truncateLine(first.title, HEADLINE_MAX_CHARS);
  return 'Nothing new to brief';
}
