/** Curly and angle marks that open a quotation. */
export const OPENING_QUOTES: ReadonlySet<string> = new Set(['“', '«']);
/** Curly and angle marks that close one. */
export const CLOSING_QUOTES: ReadonlySet<string> = new Set(['”', '»']);
/** Every quotation mark, straight ones too (whose side the reader decides). */
export const QUOTE_MARKS: ReadonlySet<string> = new Set([...OPENING_QUOTES, ...CLOSING_QUOTES, '"']);
