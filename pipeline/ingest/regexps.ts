import { TEXT_PATTERNS } from '../text-safety/text-patterns.js';

/**
 * Every regular expression ingest uses, compiled once (as Readability keeps its REGEXPS table).
 * Unicode-aware: inputs are multilingual.
 */
export const REGEXPS = {
  /** A word for counting: letters or digits, any script. */
  word: /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu,
  /** Content word for overlap scores: 4+ letters. */
  contentWord: /\p{L}{4,}/gu,
  /** Sentence end: terminal punctuation, optionally followed by closing quotes or brackets. */
  terminal: /[.!?…。！？]["'”’»)\]]*$/u,
  /** A counter: a bare number, optionally with a unit word ("12 comments", "1.2K shares"). */
  counter: /^[\d.,]+\s*[kKmM]?(\s+[\p{L} ]{1,20})?$/u,
  /** "Label: 12345" (media ids, article numbers). */
  labelledId: /^[\p{L} ]{1,24}:\s*[#\d][\d\s#-]*$/u,
  /** A bare domain on its own line ("Financialtribune.com", "www.example.co.uk"). */
  domainLine: /^(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})\/?$/i,
  /** Breadcrumb separators between short segments ("Main » World » Title"). */
  breadcrumb: /\s[»›>→]\s|\s\/\s(?=\S)/u,
  /** Title separators between a headline and a site name ("Title | Site", "Title - Site"). */
  titleSeparator: /\s+[|–—-]\s+/u,
  /** A copyright line's furniture around the owner's name. */
  copyrightNoise: /©|\(c\)|copyright|all rights reserved\.?|\b(?:19|20)\d{2}\b(?:\s*[-–]\s*(?:19|20)\d{2})?/giu,
  /**
   * Horizontal whitespace that needs collapsing: runs of spaces, or any other space character
   * (tab, no-break...). Single plain spaces are not matched, which keeps a 10 MB line fast.
   */
  spaces: / ?[\t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000][\t\f\v \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]*| {2,}/gu,
  /** Zero-width and bidi control characters that carry no text: the table every output shares (pipeline/text-safety). */
  invisible: TEXT_PATTERNS.invisible,
  /** Control characters other than tab and newline: C0, DEL and C1 (U+0085 NEL is a line break first, see `newline`). */
  control: TEXT_PATTERNS.control,
  /** Any run of whitespace, for collapsing and splitting into words. */
  whitespace: /\s+/gu,
  /** The break after a sentence, for taking a first sentence as a fallback title. */
  sentenceBreak: /(?<=[.!?])\s/u,
  /** "By " before an author's name. */
  byPrefix: /^by\s+/iu,
  /** An http(s) URL where a name was expected (author fields often hold profile links). */
  httpScheme: /^https?:/iu,
  /** An upper-case letter in any script: names have one. */
  upper: /\p{Lu}/u,
  /** Where a copyright owner's name ends: a stop, comma or bar followed by more text. */
  ownerEnd: /[.,|;](?:\s|$)/u,
  /** Punctuation and spaces at either end of a string. */
  edgePunctuation: /^[\s\p{P}]+|[\s\p{P}]+$/gu,
  /** Separators between the parts of a dateline ("Published Aug 2, 2023 • 3 minute read"). */
  datelineSeparator: /\s[•|·]\s/u,
  /** A capitalised name word ("Tran", "O'Neill", "Jean-Luc", "J."). */
  nameWord: /^\p{Lu}[\p{L}'’.-]*$/u,
  /** A line ending in a full stop (possibly inside closing quotes): a sentence, not a headline. */
  fullStop: /[.。]["'”’»)\]]*$/u,
  /** Line breaks of every platform, NEL, vertical tab and form feed included: the table every output shares. */
  newline: TEXT_PATTERNS.lineBreak,
  /** Leading heading markers in dumps ("*** New Drive", "## Sub"). */
  headingMarks: /^[*#=_~-]{2,}\s*/u,
  /** Runs of non-letters, to split a line into words for vocabulary look-ups. */
  nonLetters: /[^\p{L}]+/u,
  /** "... by Jane Roe" inside a date or credit line: up to four capitalised words after "by". */
  inlineByline: /\bby\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|da|van|von|al|bin|el)){0,4})/u,
  /** Separators in a list of names ("Jane Roe and John Doe", "A, B & C"). */
  nameList: /\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b)\s*/u,
  /** A day of the month written as a number. */
  dayNumber: /(?<![\p{N}])(?:0?[1-9]|[12]\d|3[01])(?![\p{N}])/u,
  /** A four-digit year, the minimum for a date to be a publication date. */
  year: /\b(?:1[89]|20)\d{2}\b/u,
} as const;
