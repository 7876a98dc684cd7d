import stopwords from './data/stopwords.json' with { type: 'json' };
import { fold } from './fold.js';

/** Shortest word counted as content, in letters: shorter ones are mostly function words. */
const MIN_CONTENT_LETTERS = 4;

const CONTENT_REGEXPS = { word: /[\p{L}\p{M}]+/gu, capital: /^\p{Lu}/u } as const;
const STOPWORDS = new Set(stopwords.words);

/**
 * The distinct content words of a text, folded, for redundancy and
 * centrality. With `properNouns: false` capitalised words are left out, so
 * centrality measures the topic ("ceasefire", "talks") rather than how often
 * an actor's own name recurs.
 */
export function contentWords(text: string, properNouns = true): Set<string> {
  const words = new Set<string>();
  for (const match of text.matchAll(CONTENT_REGEXPS.word)) {
    const raw = match[0];
    if (raw.length < MIN_CONTENT_LETTERS || (!properNouns && CONTENT_REGEXPS.capital.test(raw))) continue;
    const word = fold(raw);
    if (!STOPWORDS.has(word)) words.add(word);
  }
  return words;
}
