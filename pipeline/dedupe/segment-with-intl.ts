import abbreviations from './data/abbreviations.json' with { type: 'json' };

/** Quotation and bracket spans no sentence boundary falls inside, as sentencex keeps them (a span never crosses a blank line). */
const REGEXPS = {
  protectedSpans: /“[^”\n]*(?:\n(?!\n)[^”\n]*)*”|„[^“\n]*“|«[^»\n]*»|"[^"\n]*"|\([^)\n]*\)/gu,
  /** The last whitespace-separated word of a piece, without opening punctuation. */
  lastWord: /[(“"«„‘'[]*([^\s(“"«„‘'[]+)\s*$/u,
  initial: /^\p{Lu}\.$/u,
  blankLine: /\n[^\S\n]*\n/u,
  /** A full stop, question or exclamation mark (or ellipsis), maybe followed by closing quotes or brackets. */
  endsSentence: /[.!?…]["”’')\]]*$/u,
  dottedLetters: /^(?:\p{L}\.){2,}$/u,
  startsWithDigit: /^\s*\d/u,
} as const;

const TITLES = new Set(abbreviations.titles);
const BEFORE_NUMBER = new Set(abbreviations.beforeNumber);

/** Segmenters by language, built once: construction resolves the locale and loads ICU's rules. */
const segmenters = new Map<string, Intl.Segmenter>();

/**
 * The fallback sentence splitter, where sentencex's native build is missing
 * (see load-segmenter.ts): Unicode sentence boundaries from Intl.Segmenter
 * (ICU, built into Node), then each boundary checked against what news text
 * does, in order:
 *
 * 1. a blank line always ends a sentence;
 * 2. inside a quotation or a bracket there is no boundary (“We will stay. We
 *    will fight,” he said.), except where the quotation closes right after
 *    the full stop: there the sentence ends after the closing quote;
 * 3. after a title, an initial or dotted letters there is none (Mr. Smith,
 *    George W. Bush, J.K. Rowling, the U.S. and), nor after No., Art. and the
 *    like before a number;
 * 4. nor at a line break with no full stop, question or exclamation mark
 *    before it (a list item, a line-wrapped paragraph).
 *
 * Same contract as sentencex's `segment`: the pieces, in order, are the whole
 * text, whitespace included.
 */
export function segmentWithIntl(language: string, text: string): string[] {
  const spans = protectedSpans(text);
  const cuts = [0];
  let span = 0;
  for (const { index: start } of segmenterFor(language).segment(text)) {
    const last = cuts[cuts.length - 1]!;
    if (start <= last) continue;
    let end = start;
    while (end > last && isSpace(text.charCodeAt(end - 1))) end--;
    const gap = text.slice(end, start);
    if (REGEXPS.blankLine.test(gap)) {
      cuts.push(start);
      continue;
    }
    const terminal = end - 1;
    while (span < spans.length && spans[span]![1] <= terminal) span++;
    const around = span < spans.length && spans[span]![0] < terminal && terminal < spans[span]![1] - 1 ? spans[span] : undefined;
    if (around !== undefined) {
      if (text.slice(terminal + 1, around[1] - 1).trim() === '') cuts.push(skipSpaces(text, around[1]));
      continue;
    }
    if (continues(text.slice(last, end), text.slice(start, start + 8))) continue;
    if (gap.includes('\n') && !REGEXPS.endsSentence.test(text.slice(last, end))) continue;
    cuts.push(start);
  }
  const pieces: string[] = [];
  for (let i = 0; i < cuts.length; i++) {
    const piece = text.slice(cuts[i], cuts[i + 1] ?? text.length);
    if (piece.length > 0) pieces.push(piece);
  }
  return pieces;
}

/** Whether a sentence ending in `piece` (trimmed) goes on into `next` after an abbreviation (step 3). */
function continues(piece: string, next: string): boolean {
  const word = REGEXPS.lastWord.exec(piece)?.[1];
  if (word === undefined || !word.endsWith('.')) return false;
  if (REGEXPS.initial.test(word) || REGEXPS.dottedLetters.test(word)) return true;
  const bare = word.slice(0, -1);
  return TITLES.has(bare) || (BEFORE_NUMBER.has(bare) && REGEXPS.startsWithDigit.test(next));
}

function skipSpaces(text: string, at: number): number {
  let i = at;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Space, tab, line breaks and the no-break spaces. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x202f || c === 0x2028 || c === 0x2029;
}

/** Start and end (exclusive) of every protected span, in order (step 1). */
function protectedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const match of text.matchAll(REGEXPS.protectedSpans)) spans.push([match.index, match.index + match[0].length]);
  return spans;
}

function segmenterFor(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (segmenter === undefined) {
    try {
      segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
    } catch {
      // Not a well-formed language tag: the rules are the same for most languages anyway.
      segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    segmenters.set(language, segmenter);
  }
  return segmenter;
}
