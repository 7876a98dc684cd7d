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
  /** What starts a word (one code unit; astral letters, which are rare in news, separate). */
  wordStart: /^[\p{L}\p{N}]$/u,
  /** What else a word goes on through, besides apostrophes and dots. */
  wordPart: /^\p{M}$/u,
  /** An upper-case first letter. */
  capital: /^\p{Lu}/u,
  /** A possessive ending. */
  possessive: /['’]s$/u,
  /** Dots and apostrophes: "G.O.P." = "GOP", "O'Neill" = "ONeill". */
  strip: /[.'’]/gu,
  /** A dot or an apostrophe: a word holding one needs the two above. */
  needsStrip: /^[.'’]$/u,
  /** The end of an initial or an abbreviation with inner dots ("U.S.", "J."), which ends no sentence. */
  abbreviation: /\.\p{L}\.?$|^\p{Lu}\.$/u,
  /** Only digits and separators. */
  number: /^[\d.,-]+$/u,
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
  const body = tokenise(leadingWords(text, PROFILE_BODY_WORDS), false);
  const heading = tokenise(title, isTitleCase(title));
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

/** Token flag: written with a capital first letter. */
const CAPITAL = 1;
/** Token flag: stands where any word is capitalised for form (a sentence or quotation start, a title-case headline). */
const FORMAL = 2;

/** The words of a text in order (case-folded; possessive, dots and apostrophes removed; numbers left out), with their flags. */
interface Tokens {
  readonly words: string[];
  readonly flags: number[];
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

/**
 * The words of a text, scanned by character code (no match objects: grouping
 * reads every word of the day, and a regex per word made it cost more than
 * the rest of dedupe). A word starts with a letter or digit and goes on
 * through letters, digits, marks, apostrophes and dots.
 */
function tokenise(text: string, headline: boolean): Tokens {
  const words: string[] = [];
  const flags: number[] = [];
  let previousEnd = -1;
  let i = 0;
  while (i < text.length) {
    if (charClass(text.charCodeAt(i)) !== WORD_START) {
      i++;
      continue;
    }
    const start = i;
    let strip = false;
    i++;
    for (let kind = charClass(text.charCodeAt(i)); i < text.length && kind !== OTHER; kind = charClass(text.charCodeAt(++i))) strip ||= kind === WORD_STRIP;
    const raw = text.slice(start, i);
    const formal = headline || previousEnd < 0 || opensSentence(text, previousEnd, start);
    previousEnd = i;
    const word = strip ? raw.replace(REGEXPS.possessive, '').replace(REGEXPS.strip, '').toLowerCase() : raw.toLowerCase();
    const first = word.charCodeAt(0);
    if (word === '' || (first >= 48 && first <= 57 && REGEXPS.number.test(word))) continue;
    words.push(word);
    flags.push((isCapital(raw) ? CAPITAL : 0) | (formal ? FORMAL : 0));
  }
  return { words, flags };
}

/** Character classes for the scanner. */
const OTHER = 0;
const WORD_START = 1;
/** Inside a word only: combining marks. */
const WORD_PART = 2;
/** Inside a word only, and removed from it: apostrophes and dots. */
const WORD_STRIP = 3;
/** Class of each UTF-16 code unit, filled on first sight (0xFF: not yet known). */
const CLASSES = new Uint8Array(0x10000).fill(0xff);

function charClass(code: number): number {
  let known = CLASSES[code]!;
  if (known === 0xff) {
    const char = String.fromCharCode(code);
    known = REGEXPS.wordStart.test(char) ? WORD_START : REGEXPS.needsStrip.test(char) ? WORD_STRIP : REGEXPS.wordPart.test(char) ? WORD_PART : OTHER;
    CLASSES[code] = known;
  }
  return known;
}

function isCapital(raw: string): boolean {
  const code = raw.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : REGEXPS.capital.test(raw);
}

/**
 * Whether the gap from `end` (after the previous word) to `start` opens a
 * sentence or a quotation: punctuation or a line break there, or a full stop
 * that closed the previous word (not an initial or an inner-dot abbreviation).
 * A single space after a word without a full stop, by far the commonest gap,
 * is decided without a regex.
 */
function opensSentence(text: string, end: number, start: number): boolean {
  const closedByStop = text.charCodeAt(end - 1) === 46;
  for (let i = end; i < start; i++) if (SENTENCE_GAP.has(text.charCodeAt(i))) return true;
  return closedByStop && !REGEXPS.abbreviation.test(text.slice(Math.max(0, end - 4), end));
}

/** Characters in a gap that open a sentence or a quotation: . ! ? : ; " “ ” line feed — ( */
const SENTENCE_GAP: ReadonlySet<number> = new Set(Array.from('.!?:;"“”\n\u2014(', (char) => char.charCodeAt(0)));

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
