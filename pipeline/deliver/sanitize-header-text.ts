import { HEADLINE_MAX_CHARS, truncateLine } from '../text-safety/truncate-line.js';

/**
 * Longest header text kept, in characters: the one title-line length of
 * text-safety (a subject past ~120 characters is cut by every client and
 * reads as spam; the cap also bounds what a hostile title can put on the wire).
 */
export const MAX_HEADER_TEXT_CHARS = HEADLINE_MAX_CHARS;

/**
 * Make text from articles or settings safe to place in one email header
 * field, by the rules every rendering follows (pipeline/text-safety): no line
 * breaks or controls (so nothing can add a header), no bidi tricks, single
 * spaces, at most `maxLength` characters (cut at a word with one ellipsis).
 * Nodemailer encodes non-ASCII itself; this only removes what must never
 * reach a header at all.
 */
export function sanitizeHeaderText(text: string, maxLength: number = MAX_HEADER_TEXT_CHARS): string {
  return truncateLine(text, maxLength);
}
