import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let words: ReadonlySet<string> | undefined;

/**
 * Whether a word is an ordinary English word ("Association", "Committee",
 * "Workers", "Respect"), by the word-list package's dictionary, read on first
 * use. Such a word alone never names an organisation the text introduces: it is
 * a fragment of a longer name or a capitalised common noun. Names the
 * knowledge base knows ("Fiat", "Labour") are not asked.
 */
export function isCommonWord(word: string): boolean {
  words ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return words.has(word.toLowerCase());
}
