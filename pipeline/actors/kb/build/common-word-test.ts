import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import wordListPath from 'word-list';

// compromise tags that mark a word as a name in its own right: such a word
// ("Fiat", "Boeing", "Phoenix") is a name first and a dictionary word second.
const NAME_TAGS = new Set(['Organization', 'Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Place', 'Country', 'City', 'Region', 'ProperNoun']);

/**
 * Builds the test for "a common English word on its own": one capitalised or lowercase
 * word of the word-list dictionary that compromise does not know as a name. Acronyms
 * in capitals ("GOP", "FBI") are never common words: the stage matches them only as written.
 */
export function commonWordTest(): (alias: string) => boolean {
  const words = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  return (alias: string): boolean => {
    if (!/^\p{L}[\p{L}'’-]*$/u.test(alias) || alias === alias.toUpperCase()) return false;
    const lower = alias.toLowerCase();
    if (!words.has(lower)) return false;
    const tags = lexicon[lower];
    const list = tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
    return !list.some((tag) => NAME_TAGS.has(tag));
  };
}
