/** Patterns a point is trimmed of, compiled once. */
const TRIM_REGEXPS = {
  // "WASHINGTON —", "HARTFORD, Conn. —", "LONDON (Reuters) -", "Moscow – ": a dateline before the sentence.
  dateline: /^(?:[A-Z][A-Za-z.'’ ]{1,30}(?:, [A-Z][A-Za-z.]{1,14})?(?: \([A-Za-z ]+\))?|\([A-Za-z ]+\)) ?(?:--|[—–-]) +/u,
  // Words that tie a sentence to the one before it ("But", "However,", "At the same time,"), then what follows.
  connector: /^(?:but|and|however|also|yet|so|then|meanwhile|still|instead|similarly|moreover|furthermore|nonetheless|nevertheless|at the same time|in addition|as a result|by contrast|in contrast|on the other hand)\b,? +/iu,
  // Words that point back to something only the sentence before names.
  pointsBack: /^(?:it|its|they|their|them|this|that|these|those|such|there)\b/iu,
  // A sentence ends in a full stop, a question or an exclamation mark, maybe inside quotes or brackets:
  // a headline, a label or a line that opens a quotation ("... said in a statement:") does not.
  sentenceEnd: /[.!?…]["'”’»)\]]*\s*$/u,
  // "X did not comment", "declined to comment", "could not be reached": a non-action, no point.
  nonAction: /\b(?:did not|didn't|does not|doesn't|would not|wouldn't|could not|couldn't|declined to|refused to)\s+(?:immediately\s+)?(?:comment|respond|return (?:calls|messages)|elaborate)\b|\bcould not be reached\b|\b(?:was|were) not (?:immediately )?available for comment\b/iu,
} as const;

/** Longest sentence, in words, that a non-action makes no point of; a longer one says something else too. */
const NON_ACTION_MAX_WORDS = 25;

/**
 * A point as it can stand alone, or undefined when it cannot: a dateline
 * before it and a connector that ties it to the sentence before ("But",
 * "However,") are trimmed, the first letter raised; a sentence that opens by
 * pointing back ("It said", "This estimate", "They must") is no point, nor is
 * one with no sentence end (a headline, a label, "... said in a statement:")
 * or a non-action ("X declined to comment"). What remains is still the source's
 * own words.
 */
export function trimPoint(text: string): string | undefined {
  // A sentence that opens in lowercase is a fragment the splitter cut, or a reader's comment, not the reporter's copy.
  if (/^\p{Ll}/u.test(text)) return undefined;
  let trimmed = text.replace(TRIM_REGEXPS.dateline, '');
  for (let i = 0; i < 2; i += 1) trimmed = trimmed.replace(TRIM_REGEXPS.connector, '');
  if (TRIM_REGEXPS.pointsBack.test(trimmed) || !TRIM_REGEXPS.sentenceEnd.test(trimmed)) return undefined;
  if (TRIM_REGEXPS.nonAction.test(trimmed) && trimmed.split(/\s+/).length <= NON_ACTION_MAX_WORDS) return undefined;
  return trimmed.length === text.length ? text : trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}
