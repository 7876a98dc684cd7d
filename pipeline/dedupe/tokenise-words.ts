/** Token flag: written with a capital first letter. */
export const CAPITAL = 1;
/** Token flag: stands where any word is capitalised for form (a sentence or quotation start, a title-case headline). */
export const FORMAL = 2;

const REGEXPS = {
  /** What starts a word (one code unit; astral letters, which are rare in news, separate). */
  wordStart: /^[\p{L}\p{N}]$/u,
  /** What else a word goes on through, besides apostrophes and dots. */
  wordPart: /^\p{M}$/u,
  /** A dot or an apostrophe: a word holding one loses them (and a possessive). */
  needsStrip: /^[.'’]$/u,
  /** A possessive ending. */
  possessive: /['’]s$/u,
  /** Dots and apostrophes: "G.O.P." = "GOP", "O'Neill" = "ONeill". */
  strip: /[.'’]/gu,
  /** The end of an initial or an abbreviation with inner dots ("U.S.", "J."), which ends no sentence. */
  abbreviation: /\.\p{L}\.?$|^\p{Lu}\.$/u,
  /** Only digits and separators. */
  number: /^[\d.,-]+$/u,
  /** An upper-case first letter. */
  capital: /^\p{Lu}/u,
} as const;

/** The words of a text in order (case-folded; possessive, dots and apostrophes removed; numbers left out), with their flags. */
export interface Tokens {
  readonly words: string[];
  readonly flags: number[];
}

/**
 * The words of a text, scanned by character code (no match objects: grouping
 * reads every word of the day, and a regex per word made it cost more than
 * the rest of dedupe). A word starts with a letter or digit and goes on
 * through letters, digits, marks, apostrophes and dots.
 */
export function tokeniseWords(text: string, headline: boolean): Tokens {
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
