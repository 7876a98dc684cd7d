import { cleanLine } from '../text-safety/clean-line.js';

/** Sentences searched for a lead, from the top: past them the article has moved from the news to background. */
const LEAD_SEARCH_SENTENCES = 10;
/** Fewest words of a lead: shorter lines are labels, captions or fragments. */
const MIN_LEAD_WORDS = 8;
/** Share of a sentence's words found in the title at or above which it repeats the headline. */
const HEADLINE_OVERLAP = 0.8;
/** Share of letters in capitals at or above which a line is a shouted label, not a sentence. */
const MAX_CAPITALS = 0.6;

const REGEXPS = {
  /**
   * A dateline before the first sentence, up to its dash or colon: a place in
   * capitals ("WASHINGTON —", "WASHINGTON—", "MOSCOW (Reuters) -"), a place and a date
   * ("Paris, March 3 (AFP) -"), or a place name and a long dash ("Moscow –").
   */
  dateline:
    /^(?:\p{Lu}{2,}[\p{Lu}\p{M} .,'’-]{0,40}?\s*(?:\([^)]{1,30}\)\s*)?(?:[-:]\s+|[–—]\s*)|\p{Lu}[\p{L}\p{M} .'’-]{1,30}, \p{L}+\.? \d{1,2},?\s*(?:\([^)]{1,30}\)\s*)?[-–—:]\s+|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?\s*(?:\([^)]{1,30}\)\s*)?[–—]\s+)/u,
  /** A line that is only a date or a time stamp ("Published: 3 March 2012", "Updated 12:30 GMT"). */
  stamp: /^(?:published|updated|posted|last (?:updated|modified))\b|^\p{L}+,? \d{1,2} \p{L}+ \d{4}$|^\d{1,2}:\d{2}/iu,
  /** A byline ("By Jane Roe", "From our correspondent"), not a sentence that opens with "By Tuesday, ..." or "From Moscow to ...". */
  byline: /^(?:[Bb]y \p{Lu}[\p{L}.'’-]* \p{Lu}|[Ff]rom (?:our|a|the) (?:own )?(?:correspondent|reporter|staff|wire)|(?:[Rr]eporting|[Ww]ritten|[Ee]dited) by\b)/u,
  /** A caption or credit ("Photo: ...", "(AP Photo/...)", "Getty Images"). */
  caption: /^(?:photo|image|picture|caption|credit|file photo|video|watch|listen)\b|\b(?:ap photo|getty images|photograph:|afp photo|reuters\/|\/ reuters|image caption)\b/iu,
  /** Ends as a sentence does: a full stop, question or exclamation mark, maybe inside a closing quote or bracket. */
  sentenceEnd: /[.!?…][”"’')\]]*$/u,
  /** Opens with a quotation mark: a quote reads badly as the one line of a story. */
  opensQuote: /^["“‘'«]/u,
  /** Words, for counting and comparing. */
  word: /[\p{L}\p{N}]+/gu,
  capital: /\p{Lu}/gu,
  letter: /\p{L}/gu,
} as const;

/**
 * The one sentence that says what a story is about, taken as written from
 * its most central article: the first of its opening sentences that is no
 * headline (nor a repeat of the title), no dateline or time stamp, no byline
 * and no caption, reads as a sentence, and is long enough. A dateline that
 * opens the first sentence is cut off ("WASHINGTON — Michael Steele drew..."
 * gives "Michael Steele drew..."). A sentence opening with a quotation is
 * taken only when no other qualifies; when none does, the empty string.
 */
export function pickLead(title: string, sentences: readonly string[]): string {
  const titleWords = new Set(words(title));
  let quoted: string | undefined;
  for (const raw of sentences.slice(0, LEAD_SEARCH_SENTENCES)) {
    const sentence = cleanLine(raw).replace(REGEXPS.dateline, '');
    if (!qualifies(sentence, titleWords)) continue;
    if (!REGEXPS.opensQuote.test(sentence)) return sentence;
    quoted ??= sentence;
  }
  return quoted ?? '';
}

function qualifies(sentence: string, titleWords: ReadonlySet<string>): boolean {
  const list = words(sentence);
  if (list.length < MIN_LEAD_WORDS) return false;
  if (!REGEXPS.sentenceEnd.test(sentence)) return false;
  if (REGEXPS.stamp.test(sentence) || REGEXPS.byline.test(sentence) || REGEXPS.caption.test(sentence)) return false;
  const inTitle = list.filter((word) => titleWords.has(word)).length;
  if (titleWords.size > 0 && inTitle / list.length >= HEADLINE_OVERLAP) return false;
  const letters = sentence.match(REGEXPS.letter)?.length ?? 0;
  const capitals = sentence.match(REGEXPS.capital)?.length ?? 0;
  return letters > 0 && capitals / letters < MAX_CAPITALS;
}

function words(text: string): string[] {
  return (text.toLowerCase().match(REGEXPS.word) ?? []);
}
