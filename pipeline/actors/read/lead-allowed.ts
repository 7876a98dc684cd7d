import type { Lexicon } from '../registry/lexicon.js';
import type { Token } from '../model.js';

/** Punctuation that ends an introductory phrase or a dateline before a subject. */
const LEAD_ENDS = new Set([',', '-', '–', '—', ':']);
const DETERMINERS = new Set(['the', 'a', 'an']);
/** Words before a describing noun that still describe the subject ("French train maker"). */
const MAX_DESCRIBER_WORDS = 3;

/**
 * Whether the words before a participant (from the clause start) leave it
 * the clause's subject: nothing, lead words ("Meanwhile", "But"), an
 * introductory phrase or dateline ending in a comma or dash, a determiner, or
 * a describing noun phrase ("Rival carrier Ryanair"). Quoted words do not count.
 */
export function leadAllowed(tokens: readonly Token[], from: number, at: number, lexicon: Lexicon): boolean {
  const lead = tokens.slice(from, at).filter((t) => !t.quoted && !['“', '”', '"', '«', '»'].includes(t.raw));
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
  return lead.every((t) => lexicon.leadWords.has(t.norm));
}
