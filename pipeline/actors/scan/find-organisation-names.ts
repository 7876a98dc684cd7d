import { isCommonWord } from '../registry/is-common-word.js';
import type { Lexicon } from '../registry/lexicon.js';
import type { ActorMention, PersonMention, Token } from '../model.js';

/** Longest organisation name read, in words. */
const MAX_ORGANISATION_WORDS = 4;

/**
 * Organisations the text introduces by a describing noun ("rival carrier
 * Ryanair", "chipmaker Nvidia", "French train maker Alstom") or by a legal
 * suffix ("Alstom SA", "Siemens AG"): the run of capitalised words that is no
 * registry actor and no person. The suffix is dropped, so "Alstom SA" and
 * "Alstom" are one name.
 */
export function findOrganisationNames(tokens: readonly Token[], actors: readonly ActorMention[], persons: readonly PersonMention[], lexicon: Lexicon): string[] {
  const taken = new Set<number>();
  for (const m of actors) for (let i = m.start; i < m.end; i += 1) taken.add(i);
  for (const p of persons) for (let i = p.nameStart; i < p.nameEnd; i += 1) taken.add(i);
  const isWord = (i: number): boolean => {
    const t = tokens[i];
    return !!t && t.cap && !t.quoted && !taken.has(i) && !lexicon.nonNames.has(t.norm) && !lexicon.roleHeads.has(t.norm) && !lexicon.honorifics.has(t.norm);
  };
  const names: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    const described = !t.cap && lexicon.companyNouns.has(t.norm) && tokens[i - 1]?.norm !== 'the' && isWord(i + 1);
    let end = i + 1;
    if (described) {
      while (end - i <= MAX_ORGANISATION_WORDS && isWord(end) && !lexicon.orgSuffixes.has(tokens[end]?.raw ?? '')) end += 1;
      names.push(tokens.slice(i + 1, end).map((w) => w.raw).join(' '));
      i = end - 1;
    } else if (lexicon.legalSuffixes.has(t.raw) && isWord(i - 1)) {
      let start = i - 1;
      while (start > 0 && i - start < MAX_ORGANISATION_WORDS && isWord(start - 1) && !(start - 1 === 0 && !lexicon.givenNames.has(tokens[0]?.norm ?? ''))) start -= 1;
      names.push(tokens.slice(start, i).map((w) => w.raw).join(' '));
    }
  }
  // "rival group Workers": one common word is no organisation's name.
  return names.filter((name) => name.includes(' ') || !isCommonWord(name));
}
