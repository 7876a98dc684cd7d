import { HEADLINE_MAX_CHARS, truncateLine } from '../text-safety/truncate-line.js';

/**
 * A title made from a first sentence when the source has none: one line of
 * at most HEADLINE_MAX_CHARS, cut at a word with one ellipsis (never inside a
 * character), by the rules every output follows. Undefined stays undefined.
 */
export function truncateTitle(sentence: string | undefined): string | undefined {
  return sentence === undefined ? undefined : truncateLine(sentence, HEADLINE_MAX_CHARS);
}
