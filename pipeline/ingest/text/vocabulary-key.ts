const EDGE_PUNCTUATION = /^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu;
const SPACES = /\s+/gu;

/** A line lower-cased, without surrounding punctuation, single-spaced: the form vocabulary look-ups use. */
export function vocabularyKey(line: string): string {
  return line.toLowerCase().replace(EDGE_PUNCTUATION, '').replace(SPACES, ' ');
}
