import { truncateAtWord } from '../text/truncate-at-word.js';

/**
 * Longest header text kept, in characters. Subjects past ~120 characters are
 * cut by every client we looked at (Gmail web ~130, phones ~40-70) and read as
 * spam signals; the cap also bounds what a hostile title can put on the wire.
 * Checked with the hostile-title tests in test/deliver/build-message.test.ts.
 */
export const MAX_HEADER_TEXT_CHARS = 120;

const PATTERNS = {
  /**
   * Anything a header parser or a mail client could read as a line break or a
   * control: C0 and C1 controls (CR, LF, NUL, ESC...), DEL, and the Unicode
   * line and paragraph separators.
   */
  breaks: /[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/gu,
  /** Bidi embeddings, overrides and isolates: they can make a subject read backwards ("Trojan Source"). */
  bidi: /[\u202A-\u202E\u2066-\u2069\u200E\u200F]/gu,
  /** Runs of whitespace, collapsed to one space. */
  spaces: /\s+/gu,
} as const;

/**
 * Make text from articles or settings safe to place in one email header
 * field: no line breaks or controls (so nothing can add a header), no bidi
 * tricks, single spaces, at most `maxLength` characters (cut at a word with
 * one ellipsis, by the same truncateAtWord the headlines use). Nodemailer encodes non-ASCII itself; this only removes what
 * must never reach a header at all.
 */
export function sanitizeHeaderText(text: string, maxLength: number = MAX_HEADER_TEXT_CHARS): string {
  const flat = text
    .replace(PATTERNS.breaks, ' ')
    .replace(PATTERNS.bidi, '')
    .replace(PATTERNS.spaces, ' ')
    .trim();
  return truncateAtWord(flat, maxLength);
}
