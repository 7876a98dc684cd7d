import type { Lexicon } from '../registry/lexicon.js';
import type { Token } from '../model.js';
import { QUOTE_MARKS } from '../scan/quote-marks.js';

/** Punctuation that ends an introductory phrase or a dateline before a subject. */
const LEAD_ENDS = new Set([',', '-', '–', '—', ':']);
const DETERMINERS = new Set(['the', 'a', 'an']);
/** Words before a describing noun that still describe the subject ("French train maker"). */
const MAX_DESCRIBER_WORDS = 3;
/** Prepositions that open an introductory phrase ("In a statement", "On Thursday", "After the match"). */
const INTRO_PREPOSITIONS = new Set(['in', 'on', 'at', 'after', 'during', 'earlier', 'later']);
/** Longest introductory phrase without its comma, in tokens. */
const MAX_INTRO_TOKENS = 5;
/** Tokens of a phrase describing a person before their name ("Labour election co-ordinator"), hyphens and "'s" included. */
const MAX_PERSON_DESCRIBER_TOKENS = 8;

/**
 * Whether the words before a participant (from the clause start) leave it
 * the clause's subject: nothing, lead words ("Meanwhile", "But"), an
 * introductory phrase or dateline ending in a comma or dash, a determiner, or
 * a describing noun phrase ("Rival carrier Ryanair"). Quoted words do not count.
 */
export function leadAllowed(tokens: readonly Token[], from: number, at: number, lexicon: Lexicon, person = false): boolean {
  const lead = tokens.slice(from, at).filter((t) => !t.quoted && !QUOTE_MARKS.has(t.raw));
  // News names people with a describing phrase as a title ("asbestosis sufferer Bernie Banton said", "Labour
  // election co-ordinator Alan Milburn said"): before a person named in full, it belongs to the subject.
  if (person) lead.splice(lead.length - describerLength(lead, lexicon));
  // "..., the Elysee said": a determiner belongs to the subject, not to the lead.
  while (lead.length > 0 && DETERMINERS.has(lead.at(-1)?.norm ?? '')) lead.pop();
  // "Rival carrier Ryanair said", "French train maker Alstom said": a describing noun phrase belongs to the subject.
  if (lexicon.companyNouns.has(lead.at(-1)?.norm ?? '')) {
    lead.pop();
    for (let n = 0; n < MAX_DESCRIBER_WORDS && lead.length > 0 && /^\p{L}+$/u.test(lead.at(-1)?.raw ?? '') && !lexicon.verbForms.has(lead.at(-1)?.norm ?? ''); n += 1) lead.pop();
    while (lead.length > 0 && DETERMINERS.has(lead.at(-1)?.norm ?? '')) lead.pop();
  }
  if (lead.length === 0) return true;
  // An introductory phrase ("In an interview on Monday,") or a dateline ("BEIJING (Reuters) -").
  if (LEAD_ENDS.has(lead.at(-1)?.raw ?? '')) return true;
  // A short one without its comma ("In a statement the RSPCA said", "On Thursday the company said").
  if (INTRO_PREPOSITIONS.has(lead[0]?.norm ?? '') && lead.length <= MAX_INTRO_TOKENS && lead.every((t) => /^[\p{L}\p{N}]/u.test(t.raw) && !lexicon.verbForms.has(t.norm) && !lexicon.auxiliaries.has(t.norm) && !lexicon.beForms.has(t.norm) && !lexicon.pronouns.has(t.norm))) return true;
  return lead.every((t) => lexicon.leadWords.has(t.norm));
}

/**
 * How many tokens at the end of `lead` describe the person named after them: words, hyphens and "'s",
 * up to a comma, a dash, a verb, a preposition ("of" only after a role: "head of research"), a conjunction
 * or a pronoun. None when the phrase is longer than a title.
 */
export function describerLength(lead: readonly Token[], lexicon: Lexicon): number {
  let n = 0;
  while (n < lead.length) {
    const t = lead[lead.length - 1 - n] as Token;
    const word = /^[\p{L}\p{N}][\p{L}\p{N}.'’]*$/u.test(t.raw) || t.norm === "'s" || (t.raw === '-' && t.glue);
    if (!word || lexicon.boundaryWords.has(t.norm) || lexicon.verbForms.has(t.norm) || lexicon.auxiliaries.has(t.norm) || lexicon.beForms.has(t.norm)) break;
    // "head of research Bob Smith" is a title; "critics of Tony Blair" are not Tony Blair.
    if (t.norm === 'of' && !lexicon.roleHeads.has(lead[lead.length - 2 - n]?.norm ?? '')) break;
    n += 1;
  }
  return n <= MAX_PERSON_DESCRIBER_TOKENS ? n : 0;
}
