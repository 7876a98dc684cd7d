import { truncateAtWord } from '../../text/truncate-at-word.js';
import { cleanInline } from './clean-inline.js';

/**
 * One clean line of at most `max` characters, cut at a word boundary with an
 * ellipsis (truncateAtWord), for headlines and the email preheader.
 */
export function shorten(value: string, max: number): string {
  return truncateAtWord(cleanInline(value), max);
}
