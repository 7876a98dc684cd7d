import type { Lexicon } from '../registry/lexicon.js';
import type { Token } from '../model.js';

/** Longest apposition read after a name, in tokens ("Jubeir, Saudi Arabia's foreign minister,"). */
const MAX_APPOSITION_TOKENS = 14;
const APPOSITION_ENDS = new Set([',', '.', ';', ':', '(', ')', '“', '”', '"', '–', '—']);
const RELATIVE_WORDS = new Set(['who', 'which', 'that', 'whose', 'where', 'when']);

/**
 * One past the end of an apposition after a name (", a member of the HNC,"),
 * or -1 when none follows. The apposition must hold a role word and end at
 * punctuation; a relative clause ("X, who said ...") is no apposition.
 */
export function findAppositionEnd(tokens: readonly Token[], nameEnd: number, lexicon: Lexicon): number {
  if (tokens[nameEnd]?.raw !== ',') return -1;
  let hasRole = false;
  for (let j = nameEnd + 1; j < tokens.length && j - nameEnd <= MAX_APPOSITION_TOKENS; j += 1) {
    const t = tokens[j] as Token;
    // A hyphen with a space before it is a dash ("deputy chairman of Highland Gold - a mining firm").
    if (APPOSITION_ENDS.has(t.raw) || (t.raw === '-' && !t.glue)) return hasRole && j > nameEnd + 1 ? j : -1;
    if (lexicon.roleHeads.has(t.norm)) hasRole = true;
    else if (RELATIVE_WORDS.has(t.norm)) return -1;
    // A verb form before a role word describes it ("managing director", "acting president"); after the role, a
    // participle describes the person further ("a librarian working with Google"); before any, the words are a clause.
    else if (!t.cap && lexicon.verbForms.has(t.norm) && !lexicon.roleHeads.has(tokens[j + 1]?.norm ?? '') && !(hasRole && t.norm.endsWith('ing'))) return -1;
  }
  return hasRole && tokens.length - nameEnd <= MAX_APPOSITION_TOKENS ? tokens.length : -1;
}
