import { loadSegmenter } from './load-segmenter.js';

/**
 * Language whose abbreviation and quote rules the splitter uses when an
 * article has none: the seeds and most feeds are English.
 */
const DEFAULT_LANGUAGE = 'en';
/** "-", which never starts a sentence glued to the one before. */
const HYPHEN = 0x2d;

/**
 * An article body as sentences, by Wikimedia's sentencex (Rust, maintained,
 * ~45 MB/s here): it knows "U.S.", "Mr.", "p.m.", initials, decimals, and keeps
 * a quotation of several sentences together with its attribution ("“We will
 * stay. We will fight,” he said." is one sentence). Where its native build is
 * missing, the fallback of load-segmenter.ts keeps the same things whole.
 * Paragraph breaks always end a sentence. Whitespace around each sentence is
 * trimmed, inner text kept.
 *
 * Each sentence is cut from `text` itself (V8 keeps such a cut as a view on
 * the article, not a copy), so 100k articles do not hold their text twice.
 */
export function splitSentences(text: string, language?: string): string[] {
  const sentences: string[] = [];
  let cursor = 0;
  const { segment } = loadSegmenter();
  /** Where the last sentence pushed starts and ends in `text` (-1 when it is not a slice of it). */
  let lastStart = -1;
  let lastEnd = -1;
  for (const piece of segment(primaryLanguage(language), text)) {
    const at = text.indexOf(piece, cursor);
    if (at < 0) {
      // Not a verbatim piece of the text (never seen): keep the splitter's own string.
      const sentence = piece.trim();
      if (sentence.length > 0) sentences.push(sentence);
      lastStart = -1;
      lastEnd = -1;
      continue;
    }
    cursor = at + piece.length;
    let start = at;
    let end = cursor;
    while (start < end && isTrimmed(text.charCodeAt(start))) start++;
    while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--;
    if (end <= start) continue;
    // sentencex ends a sentence after "!", "?" or "." when hyphens follow with no space
    // between ("the talks <!-- would go on" became "the talks <!"), which cut a point
    // short inside a token; joined here, whichever splitter load-segmenter.ts chose. No sentence starts with a hyphen glued to the one before,
    // so such a piece is joined back. (Only hyphens: CJK sentences end with no space.)
    if (lastEnd === at && start === at && text.charCodeAt(at) === HYPHEN) {
      sentences[sentences.length - 1] = text.slice(lastStart, end);
    } else {
      sentences.push(text.slice(start, end));
      lastStart = start;
    }
    lastEnd = end;
  }
  return sentences;
}

function primaryLanguage(language: string | undefined): string {
  const primary = language?.split('-')[0]?.toLowerCase();
  return primary === undefined || primary === '' ? DEFAULT_LANGUAGE : primary;
}

/** The characters String.prototype.trim removes (ECMAScript WhiteSpace and LineTerminator). */
function isTrimmed(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
