import { cleanLine } from './clean-line.js';
import { TEXT_PATTERNS } from './text-patterns.js';

/**
 * Longest title line, characters, wherever a title stands alone: an email
 * subject (Gmail web shows about 130, phones 40-70, and past ~120 it reads
 * as spam), the index's headline, a title made from a first sentence.
 */
export const HEADLINE_MAX_CHARS = 120;

/**
 * Share of `max` a word-boundary cut may give up: a cut later than this keeps
 * whole words; an earlier one (a long URL, a word without spaces) is cut hard
 * rather than losing most of the line.
 */
const WORD_CUT_FLOOR = 0.6;

/**
 * One clean line (see cleanLine) of at most `max` characters (code points,
 * so an emoji or an accented letter is never split). A longer line is cut at
 * a word boundary and ends with exactly one ellipsis, whatever punctuation or
 * ellipsis it had there.
 */
export function truncateLine(value: string, max: number): string {
  if (!Number.isInteger(max) || max < 1) throw new Error(`Cannot truncate: got max ${String(max)}, expected a positive integer`);
  const line = cleanLine(value);
  const chars = Array.from(line);
  if (chars.length <= max) return line;
  const cut = chars.slice(0, max - 1).join('');
  const lastSpace = cut.lastIndexOf(' ');
  const body = lastSpace > (max - 1) * WORD_CUT_FLOOR ? cut.slice(0, lastSpace) : cut;
  return `${body.replace(TEXT_PATTERNS.ellipsis, '').replace(TEXT_PATTERNS.cutTail, '')}…`;
}
