/**
 * Article data on one line, safe to show anywhere: bidi controls removed (they
 * could reorder what a reader sees), every other control character removed,
 * and all whitespace, CR and LF included, collapsed to one space. A title can
 * then never break a table row, a list item or an email header.
 */

const PATTERNS = {
  /** Bidi embeddings, overrides, isolates and marks (Trojan Source). */
  bidi: /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g,
  /** Line breaks of every kind, tabs and other whitespace runs. */
  space: /[\s\u0085\u2028\u2029]+/g,
  /** C0 and C1 controls left after whitespace has been folded, plus zero-width format chars that hide text. */
  control: /[\u0000-\u001F\u007F-\u009F\u200B\u2060\uFEFF]/g,
} as const;

export function cleanInline(value: string): string {
  return value
    .replace(PATTERNS.bidi, '')
    .replace(PATTERNS.space, ' ')
    .replace(PATTERNS.control, '')
    .trim();
}
