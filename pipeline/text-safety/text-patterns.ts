/**
 * Every pattern that decides which characters article text may carry into an
 * output, in one table: the renderers, the email subject and ingest all read
 * it, so what one strips the others strip too. Built once.
 */
export const TEXT_PATTERNS = {
  /**
   * Bidi embeddings, overrides, isolates and marks (LRM, RLM, ALM): they can
   * make text read in another order than its bytes ("Trojan Source").
   */
  bidi: /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu,
  /**
   * Characters that show nothing and hide text: zero-width space, word
   * joiner, byte-order mark, and the bidi controls above. Zero-width
   * (non-)joiners stay: Persian and Indic scripts and emoji need them.
   */
  invisible: /[\u200B\u2060\uFEFF\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu,
  /** C0 controls other than tab, line feed and carriage return, DEL, and C1 controls: never text. */
  control: /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu,
  /** Every way to end a line: CR, LF, vertical tab, form feed, NEL, line and paragraph separators. */
  lineBreak: /\r\n?|[\n\u000B\u000C\u0085\u2028\u2029]/gu,
  /** A run of whitespace of any kind, line breaks included. */
  space: /[\s\u0085\u2028\u2029]+/gu,
  /** Punctuation and spaces a cut should not leave dangling before the ellipsis. */
  cutTail: /[\s,;:.\-–—]+$/u,
  /** An ellipsis the text already ends with (one character or three dots), so a cut never shows two. */
  ellipsis: /(?:…|\.{3,})$/u,
} as const;
