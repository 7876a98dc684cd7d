import stopwords from '../data/stopwords.json' with { type: 'json' };
import { fold } from '../scan/fold.js';

/** Shortest word counted as content, in letters: shorter ones are mostly function words. */
const MIN_CONTENT_LETTERS = 4;

const CONTENT_REGEXPS = { word: /[\p{L}\p{M}]+/gu, capital: /^\p{Lu}/u } as const;
const STOPWORDS = new Set(stopwords.words);

/**
 * The distinct content words of a text, folded, for redundancy and
 * centrality: `all` of them, and the `topic` words, which leave out
 * capitalised ones, so that centrality measures the topic ("ceasefire",
 * "talks") rather than how often an actor's own name recurs. One pass makes both.
 */
export function contentWords(text: string): { readonly all: Set<string>; readonly topic: Set<string> } {
  const all = new Set<string>();
  const topic = new Set<string>();
  for (const match of text.matchAll(CONTENT_REGEXPS.word)) {
    const raw = match[0];
    if (raw.length < MIN_CONTENT_LETTERS) continue;
    const word = fold(raw);
    if (STOPWORDS.has(word)) continue;
    all.add(word);
    if (!CONTENT_REGEXPS.capital.test(raw)) topic.add(word);
  }
  return { all, topic };
}
