// Shared by render (headlines, preheader) and deliver (email headers): not a
// stage, so both may import it. The one place that decides how text is cut.

/** Where a cut may fall back to a word boundary: within the last quarter, so an unbroken run (a URL) is cut hard instead of losing most of the text. */
const WORD_BOUNDARY_SHARE = 0.75;

const PATTERNS = {
  /** What must not stand before the added ellipsis: spaces, light punctuation, and ellipses the text already had. */
  trailing: /(?:[\s,;:.\-–—]|…)+$/u,
} as const;

/**
 * Text of at most `max` characters (code points): unchanged when it fits,
 * otherwise cut at a word boundary near the end and closed with one "…".
 * Whatever the cut leaves at its end (a space, a comma, an ellipsis the text
 * already had, "...") goes first, so the result never ends in "……" or ",…".
 */
export function truncateAtWord(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const cut = chars.slice(0, Math.max(0, max - 1)).join('');
  const lastSpace = cut.lastIndexOf(' ');
  const body = lastSpace > max * WORD_BOUNDARY_SHARE ? cut.slice(0, lastSpace) : cut;
  return `${body.replace(PATTERNS.trailing, '')}…`;
}
