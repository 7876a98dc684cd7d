/** Diacritics, case and curly apostrophes that never distinguish two names. */
const FOLD_REGEXPS = {
  marks: /\p{M}+/gu,
  apostrophes: /[’‘`´]/g,
} as const;

/** Distinct words whose folded form is remembered; words repeat a lot across a day's articles. */
const FOLD_CACHE_SIZE = 50_000;
const cache = new Map<string, string>();

/**
 * The comparison form of a word or phrase: diacritics removed, lowercase,
 * apostrophes straightened ("Erdoğan" -> "erdogan", "Élysée" -> "elysee").
 */
export function fold(text: string): string {
  if (isPlainAscii(text)) return text.toLowerCase();
  let folded = cache.get(text);
  if (folded === undefined) {
    folded = text.normalize('NFD').replace(FOLD_REGEXPS.marks, '').replace(FOLD_REGEXPS.apostrophes, "'").toLowerCase();
    if (cache.size >= FOLD_CACHE_SIZE) cache.clear();
    cache.set(text, folded);
  }
  return folded;
}

/** ASCII without a backquote needs lowercasing only (checked by char code: faster than a regex). */
function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code > 127 || code === 96) return false;
  }
  return true;
}
