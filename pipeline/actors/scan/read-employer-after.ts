import type { ActorMention, Token } from '../model.js';
import { isCommonWord } from '../registry/is-common-word.js';
import type { Lexicon } from '../registry/lexicon.js';
import { runsOn } from './read-role-phrase.js';

const EMPLOYER_PREPOSITIONS = new Set(['from', 'of', 'at']);
/** Longest organisation name read after the preposition, in words. */
const MAX_EMPLOYER_WORDS = 5;

/** Whom a name says it belongs to right after it: an actor id, or the name of an organisation the text introduces. */
export interface EmployerReading {
  readonly affiliation?: string;
  readonly organisation?: string;
}

/**
 * "David Graham from the FDA's Office of Drug Safety", "Richard Doherty, from
 * Panasonic's Hollywood Laboratories", "Bill Hennessy of the St. Louis Tea
 * Party": an employer named right after a person, with "from", "of" or "at".
 * A place there ("Barack Obama of Illinois") gives its state; a name that
 * qualifies an event ("at the Cannes ceremony") gives nothing.
 */
export function readEmployerAfter(tokens: readonly Token[], nameEnd: number, mentions: readonly ActorMention[], lexicon: Lexicon): EmployerReading | undefined {
  let i = tokens[nameEnd]?.raw === ',' ? nameEnd + 1 : nameEnd;
  if (!EMPLOYER_PREPOSITIONS.has(tokens[i]?.norm ?? '')) return undefined;
  i += 1;
  if (tokens[i]?.norm === 'the') i += 1;
  const mention = mentions.find((m) => m.start === i);
  // "of Columbia University": a name running on into capitals is the organisation's, not the place's.
  if (mention && !runsOn(tokens, mention.end, tokens.length, lexicon)) return { affiliation: mention.actorId };
  const words: string[] = [];
  for (let k = i; k < tokens.length && words.length < MAX_EMPLOYER_WORDS; k += 1) {
    const t = tokens[k] as Token;
    // A word that is no name on its own ("Institute", "The") may still continue one.
    if (t.cap && !t.quoted && (words.length > 0 || !lexicon.nonNames.has(t.norm) || lexicon.orgHeads.has(t.raw) || lexicon.orgNameWords.has(t.raw))) words.push(t.raw);
    else if (words.length > 0 && (t.raw === '&' || (t.norm === 'of' && tokens[k + 1]?.cap === true))) words.push(t.raw);
    else break;
  }
  if (words.length === 0 || (words.length === 1 && isCommonWord(words[0] as string))) return undefined;
  // "model Naomi Campbell at the Cannes ceremony": the name qualifies an event, which employs nobody.
  if (lexicon.eventNouns.has(tokens[i + words.length]?.norm ?? '')) return undefined;
  return { organisation: words.join(' ') };
}
