import { foldName } from './fold-name.js';

// Latin letters that Unicode does not decompose into a base letter and a mark.
const LETTERS: Record<string, string> = { ı: 'i', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ħ: 'h', ŀ: 'l' };

/**
 * Ids from names: folded to ASCII, words joined by dashes ("Gordon Brown" -> "gordon-brown",
 * "Hacıqabul" -> "haciqabul"). A name with no Latin letter at all gets its code points, so
 * every name has an id.
 */
export function slug(name: string): string {
  const folded = foldName(name.replace(/&/g, ' and ').replace(/[’']/g, '')).replace(/[ıøæœßđðłþħŀ]/g, (c) => LETTERS[c] ?? c);
  const ascii = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return ascii || [...name].map((c) => c.codePointAt(0)!.toString(16)).join('-');
}
