import { matchDate } from '../match-date.js';
import { REGEXPS } from '../regexps.js';
import { VOCABULARY } from './furniture-vocabulary.js';
import { startsWithPhrase } from './starts-with-phrase.js';
import { vocabularyKey } from './vocabulary-key.js';

/** What a line of a text dump looks like. */
export type LineKind =
  | 'blank' | 'prose' | 'short' | 'counter' | 'domain' | 'date' | 'heading'
  | 'prompt' | 'cookie' | 'copyright' | 'credit' | 'breadcrumb';

/** A classified line. */
export interface Line {
  readonly text: string;
  readonly kind: LineKind;
  /** Word count (capped for very long lines). */
  readonly words: number;
  /** Lower-cased key without edge punctuation. */
  readonly key: string;
}

// Tuned as a set on the seeds and the text fixtures (test/fixtures/ingest/text): re-check both when changing one.
/** A sentence-ended line with at least this many words is running text. Headlines run 5-14 words and rarely end with a period. */
const PROSE_MIN_WORDS = 8;
/** Or at least this many characters (scripts without spaces between words). */
const PROSE_MIN_CHARS = 60;
/** A line this long in words is running text even without final punctuation. */
const PROSE_LONG_WORDS = 25;
/** Lines longer than this (characters) are prose without further checks: keeps a 10 MB line linear. */
const PROSE_SURE_CHARS = 400;
/** Prompts and block headings are short; a longer line that starts like one is body. */
const PROMPT_MAX_WORDS = 12;
/** A date line holds the date and at most this many other words ("Published", "Updated", "5 min read", "by Jane Roe"). */
const DATE_LINE_MAX_OTHER_WORDS = 3;
/** A dateline has at most this many parts between bullets or bars (date, update, reading time). */
const DATELINE_MAX_PARTS = 4;
/** Dates are looked for only in lines up to this long (characters): the parser is costly. */
const DATE_LINE_MAX_CHARS = 80;
/** Cookie banners and credits run up to this many words. */
const BANNER_MAX_WORDS = 60;
/** A breadcrumb's first segment is a section name of at most this many words. */
const BREADCRUMB_FIRST_MAX_WORDS = 3;

/** Classifies one normalised line by its shape, then by the furniture vocabulary. */
export function classifyLine(text: string): Line {
  if (text === '') return { text, kind: 'blank', words: 0, key: '' };
  if (text.length > PROSE_SURE_CHARS) return { text, kind: 'prose', words: PROSE_LONG_WORDS, key: '' };
  const key = vocabularyKey(text);
  const words = (text.match(REGEXPS.word) ?? []).length;
  return { text, kind: kindOf(text, key, words), words, key };
}

function kindOf(text: string, key: string, words: number): LineKind {
  if (key === '' || isCounter(text)) return 'counter';
  if (REGEXPS.domainLine.test(text)) return 'domain';
  if (isDateLine(text)) return 'date';
  if (VOCABULARY.blockHeadings.has(key)) return 'heading';
  // "Read more: <headline>" points elsewhere but starts no block
  if (isLabelledHeading(key, words)) return 'prompt';
  if (words <= BANNER_MAX_WORDS && VOCABULARY.copyright.some((c) => key.includes(c) || text.includes(c))) return 'copyright';
  if (words <= BANNER_MAX_WORDS && isCookieBanner(key)) return 'cookie';
  if (words <= BANNER_MAX_WORDS && VOCABULARY.credits.some((c) => (c.startsWith('(') || c.endsWith(':') ? key.includes(c) : startsWithPhrase(key, c)))) return 'credit';
  const terminal = REGEXPS.terminal.test(text);
  if (words <= PROMPT_MAX_WORDS && isPrompt(key, terminal)) return 'prompt';
  if (!terminal && isBreadcrumb(text)) return 'breadcrumb';
  const prose = (terminal && (words >= PROSE_MIN_WORDS || text.length >= PROSE_MIN_CHARS)) || words >= PROSE_LONG_WORDS;
  return prose ? 'prose' : 'short';
}

function isCounter(text: string): boolean {
  const match = REGEXPS.counter.exec(text);
  if (match) return match[1] === undefined || VOCABULARY.counterUnits.has(match[1].trim().toLowerCase());
  return REGEXPS.labelledId.test(text);
}

function isDateLine(text: string): boolean {
  if (text.length > DATE_LINE_MAX_CHARS * DATELINE_MAX_PARTS || !REGEXPS.year.test(text)) return false;
  // "Published Aug 2, 2023 • Last updated Aug 3, 2023 • 3 minute read": the first part decides
  const parts = text.split(REGEXPS.datelineSeparator);
  if (parts.length > 1) return parts.length <= DATELINE_MAX_PARTS && isDateLine(parts[0] ?? '');
  if (text.length > DATE_LINE_MAX_CHARS) return false;
  const found = matchDate(text);
  if (!found) return false;
  let rest = vocabularyKey(text.slice(0, found.index) + ' ' + text.slice(found.index + found.length));
  for (const label of VOCABULARY.dateLabels) if (startsWithPhrase(rest, label)) rest = rest.slice(label.length);
  return (rest.match(REGEXPS.word) ?? []).length <= DATE_LINE_MAX_OTHER_WORDS;
}

/** "Read more: ...", "Related: ..." lines point elsewhere. */
function isLabelledHeading(key: string, words: number): boolean {
  const colon = key.indexOf(':');
  return colon > 0 && words <= PROMPT_MAX_WORDS * 2 && VOCABULARY.blockHeadings.has(key.slice(0, colon).trim());
}

function isCookieBanner(key: string): boolean {
  // the substring test is cheap and rarely passes: only then is the line split into words
  if (!VOCABULARY.cookieContext.some((w) => key.includes(w))) return false;
  const tokens = new Set(key.split(REGEXPS.nonLetters));
  return VOCABULARY.cookieWords.some((w) => tokens.has(w));
}

/** Single-word prompts ("Share", "Home") only count on lines that are not sentences: "Home Secretary said so." is body. */
function isPrompt(key: string, terminal: boolean): boolean {
  const phrase = VOCABULARY.prompts.find((p) => startsWithPhrase(key, p));
  if (phrase === undefined) return false;
  return phrase.includes(' ') || !terminal && key.split(' ').length <= 3;
}

function isBreadcrumb(text: string): boolean {
  const parts = text.split(REGEXPS.breadcrumb);
  return parts.length >= 2 && (parts[0]?.match(REGEXPS.word) ?? []).length <= BREADCRUMB_FIRST_MAX_WORDS;
}
