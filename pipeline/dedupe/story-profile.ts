import stopwords from './data/stopwords.json' with { type: 'json' };
import storyWords from './data/story-words.json' with { type: 'json' };

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
  /**
   * A word: letters, marks and digits, with inner apostrophes and dots
   * ("G.O.P.", "Obama's"); a hyphen separates ("Biden-Ryan" names both).
   */
  word: /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.]*/gu,
  /** An upper-case first letter. */
  capital: /^\p{Lu}/u,
  /** A possessive ending. */
  possessive: /['’]s$/u,
  /** Dots and apostrophes: "G.O.P." = "GOP", "O'Neill" = "ONeill". */
  strip: /[.'’]/gu,
  /** Only digits and separators. */
  number: /^[\d.,-]+$/u,
  /** A gap that starts a sentence or a quotation: the next word is capitalised whatever it is. */
  sentenceGap: /[.!?:;"“”\n\u2014(]/u,
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
  const add = (feature: string, times: number): void => {
    counts.set(feature, (counts.get(feature) ?? 0) + times);
  };
  const body = leadingWords(text, PROFILE_BODY_WORDS);
  const names = namesInBody(body);
  readWords(title, names, (feature) => add(feature, TITLE_REPEAT), isTitleCase(title));
  readWords(body, names, (feature) => add(feature, 1));
  return counts;
}

/**
 * Emit each word of `text` as a name or a term feature. Where every word may
 * be capitalised for form (a sentence start, a quotation, a title-case
 * headline: `headline`), a word is a name only if the body also capitalises
 * it inside a sentence (`names`).
 */
function readWords(text: string, names: ReadonlySet<string> | undefined, emit: (feature: string) => void, headline = false): void {
  let previousEnd = -1;
  for (const match of text.matchAll(REGEXPS.word)) {
    const raw = match[0];
    const start = match.index;
    const gap = previousEnd < 0 ? '' : text.slice(previousEnd, start);
    const formal = headline || previousEnd < 0 || REGEXPS.sentenceGap.test(gap) || endsSentence(text, previousEnd);
    previousEnd = start + raw.length;
    const word = normalise(raw);
    if (word === '' || REGEXPS.number.test(word)) {
      continue;
    }
    if (REGEXPS.capital.test(raw) && !STOP.has(word) && (!formal || (names?.has(word) ?? false))) {
      if (!TITLES.has(word)) emit(NAME_PREFIX + word);
      continue;
    }
    if (STOP.has(word) || TITLES.has(word) || word.length < MIN_TERM_CHARS) continue;
    emit(singular(word));
  }
}

/** Case-folded word without possessive, dots or apostrophes. */
function normalise(raw: string): string {
  return raw.replace(REGEXPS.possessive, '').replace(REGEXPS.strip, '').toLowerCase();
}

/** The words the body capitalises inside a sentence, where only names are capitalised. */
function namesInBody(text: string): Set<string> {
  const names = new Set<string>();
  readWords(text, undefined, (feature) => {
    if (feature.startsWith(NAME_PREFIX)) names.add(feature.slice(NAME_PREFIX.length));
  });
  return names;
}

/** A word ending at `end` closed a sentence ("said. The"), unless it is an initial or abbreviation with inner dots. */
function endsSentence(text: string, end: number): boolean {
  return end > 0 && text[end - 1] === '.' && !/\.\p{L}\.?$|^\p{Lu}\.$/u.test(text.slice(Math.max(0, end - 4), end));
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
