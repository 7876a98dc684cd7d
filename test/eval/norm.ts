/**
 * Text as the scorer compares it. `name` folds a name so that spellings of one name
 * meet ("C.I.A." = "CIA", "José" = "Jose", "the Labour Party" = "Labour Party");
 * `text` folds a sentence just enough that typography does not decide a match
 * (curly quotes, dashes, case, spaces) while keeping its words and numbers.
 */
export const norm = {
  name(value: string): string {
    return value
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[’‘`´']/g, '')
      .replace(/&/g, ' and ')
      .replace(/\./g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      .replace(/^the /, '');
  },
  text(value: string): string {
    return value
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[’‘`´]/g, "'")
      .replace(/["“”«»„]/g, '')
      .replace(/[‐‑‒–—―]/g, '-')
      .replace(/\s+/g, ' ')
      .trim();
  },
};
