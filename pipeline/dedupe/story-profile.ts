import stopwords from './data/stopwords.json' with { type: 'json' };
import storyWords from './data/story-words.json' with { type: 'json' };
import { CAPITAL, FORMAL, tokeniseWords, type Tokens } from './tokenise-words.js';

/**
 * Words of the body read for grouping, after the title: most of a news
 * article (BASIL's run 500-1,500), while a long feature's tail, which drifts
 * into background other events share, is left out. On BASIL 2010-2012, 400
 * words found fewer same-event pairs at the same precision. Tuned with the
 * constants of weigh-profiles.ts and group-stories.ts, as a set.
 */
const PROFILE_BODY_WORDS = 1000;
/** Times a title word counts: a headline names the event in a dozen words. */
const TITLE_REPEAT = 2;
/** Shortest content term, characters: shorter lower-case words are mostly function words and noise. */
const MIN_TERM_CHARS = 3;
/** Prefix of a name feature, so "turkey" the bird and "Turkey" the state stay apart. */
export const NAME_PREFIX = '@';

const REGEXPS = {
  /** A word, to count a title's capitals: as tokenise-words.ts reads them. */
  word: /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.]*/gu,
  /** An upper-case first letter. */
  capital: /^\p{Lu}/u,
} as const;

const STOP: ReadonlySet<string> = new Set([...stopwords.words, ...storyWords.generic]);
const TITLES: ReadonlySet<string> = new Set(storyWords.titles);

/**
 * What one article says about the event it covers, as counted features:
 * names (runs of capitalised words, each word apart, honorifics dropped:
 * "Mr. Steele" and "Michael Steele" share "@steele") and content terms
 * (lower-case words, stop and newsroom words out, crudely singularised).
 * A capitalised word that opens a sentence is a name only when the article
 * also capitalises it inside a sentence ("Critics say" is not a name).
 */
export function storyProfile(title: string, text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const body = tokeniseWords(leadingWords(text, PROFILE_BODY_WORDS), false);
  const heading = tokeniseWords(title, isTitleCase(title));
  // Capitalised inside a sentence, where only names are: the body's names.
  const names = new Set<string>();
  body.words.forEach((word, k) => {
    if (body.flags[k] === CAPITAL && !STOP.has(word)) names.add(word);
  });
  const count = (tokens: Tokens, times: number): void => {
    tokens.words.forEach((word, k) => {
      const feature = featureOf(word, tokens.flags[k]!, names);
      if (feature !== undefined) counts.set(feature, (counts.get(feature) ?? 0) + times);
    });
  };
  count(heading, TITLE_REPEAT);
  count(body, 1);
  return counts;
}

/**
 * A name feature, a term feature, or nothing: a capitalised word is a name
 * unless it is a stop word, or stands where every word is capitalised and the
 * body never capitalises it mid-sentence; honorifics are dropped from names.
 */
function featureOf(word: string, flags: number, names: ReadonlySet<string>): string | undefined {
  if (STOP.has(word)) return undefined;
  if ((flags & CAPITAL) !== 0 && ((flags & FORMAL) === 0 || names.has(word))) return TITLES.has(word) ? undefined : NAME_PREFIX + word;
  if (TITLES.has(word) || word.length < MIN_TERM_CHARS) return undefined;
  return singular(word);
}

/** Most words of a short line start with a capital: a headline in title case. */
function isTitleCase(text: string): boolean {
  if (text.length > 300) return false;
  const words = text.match(REGEXPS.word) ?? [];
  const capitalised = words.filter((w) => REGEXPS.capital.test(w)).length;
  return words.length > 0 && capitalised / words.length > 0.6;
}

/** "mosques" -> "mosque", "policies" -> "policy": enough stemming for the same word in two outlets. */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}

/** The first `count` words of a text (whole paragraphs are not needed: a cut mid-paragraph is fine). */
function leadingWords(text: string, count: number): string {
  let seen = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord && ++seen > count) return text.slice(0, i);
    inWord = !space;
  }
  return text;
}
