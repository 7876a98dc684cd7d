/**
 * The words of a text as 32-bit hashes (FNV-1a), case-folded, without building
 * substrings: dedupe reads every article's text, so this loop is its floor.
 *
 * A word is a run of letters and digits. Apostrophes are skipped inside and
 * around words ("Russia’s" -> "russias"), so straight and curly quotes of two
 * copies hash alike; every other character separates words.
 *
 * When `starts` is given (at least text.length / 2 + 1 long), the index of each
 * word's first character is written there, to map words back to sentences.
 */

/** FNV-1a's 32-bit offset basis and prime (also termKey's). */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** Characters that never end a word: straight and curly apostrophes. */
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const LEFT_QUOTE = 0x2018;

export function wordHashes(text: string, starts?: Int32Array): Uint32Array {
  const out = new Uint32Array((text.length >>> 1) + 1);
  let count = 0;
  let hash = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c === 32) {
      // a space: the commonest separator, decided first
      if (inWord) out[count++] = hash >>> 0;
      inWord = false;
      hash = FNV_OFFSET;
      continue;
    } else if (c >= 97 && c <= 122) {
      // lower-case ASCII: the common case, first
    } else if (c >= 65 && c <= 90) {
      c += 32;
    } else if (c >= 48 && c <= 57) {
      // digit
    } else if (c >= 0xc0 && isLetterLike(c)) {
      c = String.fromCharCode(c).toLowerCase().charCodeAt(0);
    } else if (c === APOSTROPHE || c === RIGHT_QUOTE || c === LEFT_QUOTE) {
      continue;
    } else {
      if (inWord) out[count++] = hash >>> 0;
      inWord = false;
      hash = FNV_OFFSET;
      continue;
    }
    if (!inWord && starts !== undefined) starts[count] = i;
    hash = Math.imul(hash ^ c, FNV_PRIME);
    inWord = true;
  }
  if (inWord) out[count++] = hash >>> 0;
  return out.subarray(0, count);
}

/** Non-ASCII code units that belong to words: everything but punctuation, symbols and spaces blocks. */
function isLetterLike(c: number): boolean {
  if (c === 0xd7 || c === 0xf7) return false; // multiplication and division signs
  if (c >= 0x2000 && c <= 0x2bff) return false; // spaces, dashes, quotes, bullets, arrows, symbols
  if (c >= 0x3000 && c <= 0x303f) return false; // CJK punctuation
  if (c >= 0xfe00 && c <= 0xfe6f) return false; // variation selectors, small forms
  if (c >= 0xff00 && c <= 0xff0f) return false; // full-width punctuation
  return true;
}
