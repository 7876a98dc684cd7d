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
    if (APPOSITION_ENDS.has(t.raw)) return hasRole && j > nameEnd + 1 ? j : -1;
    if (lexicon.roleHeads.has(t.norm)) hasRole = true;
    // A verb form before a role word describes it ("managing director", "acting president").
    else if (RELATIVE_WORDS.has(t.norm) || (!t.cap && lexicon.verbForms.has(t.norm) && !lexicon.roleHeads.has(tokens[j + 1]?.norm ?? ''))) return -1;
  }
  return hasRole && tokens.length - nameEnd <= MAX_APPOSITION_TOKENS ? tokens.length : -1;
}
