import { TEXT_PATTERNS } from './text-patterns.js';

/**
 * Article data as one line, safe to show anywhere: in a title, a table row,
 * a list item or an email header. Bidi controls and invisible characters are
 * removed, every line break and whitespace run becomes one space, other
 * control characters are removed, and the ends are trimmed.
 */
export function cleanLine(value: string): string {
  return value
    .replace(TEXT_PATTERNS.invisible, '')
    .replace(TEXT_PATTERNS.space, ' ')
    .replace(TEXT_PATTERNS.control, '')
    .trim();
}
