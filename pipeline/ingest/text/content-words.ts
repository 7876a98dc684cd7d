import { REGEXPS } from '../regexps.js';

/** Lower-cased words of four or more letters: the words that say what a text is about. */
export function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(REGEXPS.contentWord) ?? []));
}
