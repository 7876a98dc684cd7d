import { findAppositionEnd } from './find-apposition-end.js';
import { isCommonWord } from '../registry/is-common-word.js';
import { findTitleStart } from './find-title-start.js';
import { fold } from './fold.js';
import type { Lexicon } from '../registry/lexicon.js';
import type { Registry } from '../registry/load-registry.js';
import type { ActorMention, PersonMention, Token } from '../model.js';
import { namesCompatible } from '../persons/names-compatible.js';
import { readEmployerAfter } from './read-employer-after.js';
import { readPartyTag } from './read-party-tag.js';
import { readRolePhrase } from './read-role-phrase.js';
import { splitName } from './split-name.js';

const NAME_SUFFIXES = new Set(['Jr', 'Sr', 'II', 'III', 'IV']);
/** Last words of names of publications and bodies that a given name may open ("Shelton Weekly", "Marine Corps Reserve"). */
const NON_PERSON_ENDS = new Set(['Weekly', 'Daily', 'Times', 'Post', 'Journal', 'Herald', 'Gazette', 'Tribune', 'News', 'Magazine', 'Review', 'Reserve', 'Corps', 'Army', 'Navy', 'Police', 'Hospital', 'School', 'College', 'Cathedral', 'Trust', 'Society', 'Centre', 'Center', 'Library', 'Museum', 'Stadium', 'Airport', 'Station', 'Square', 'Prize', 'Award', 'Awards', 'Festival', 'Cup', 'Championship', 'Act', 'Report']);
/** Titles that are part of how a person is named when no given name follows ("Lord Woolf", "Prince Edward"). */
const NAME_TITLES = new Set(['lord', 'lady', 'baroness', 'baron', 'earl', 'viscount', 'duke', 'duchess', 'prince', 'princess', 'king', 'queen', 'pope', 'cardinal', 'archbishop', 'sheikh', 'emir']);
/** Honorifics that go with a given name alone ("Sir John", "Dame Judi"): such a name is a reference back, not a person. */
const GIVEN_NAME_HONORIFICS = new Set(['sir', 'dame']);
const SENTENCE_OPENERS = new Set(['“', '"', '«', '(', '–', '—', ':']);

/** Most words a name keeps (particles aside); longer capitalised runs are titles or headlines. */
const MAX_NAME_WORDS = 4;

/**
 * Persons named in full in a sentence: runs of capitalised words that a title
 * ("Kremlin spokesman"), an apposition (", Saudi Arabia's foreign minister"),
 * a known given name, an honorific or the registry marks as a person. Runs
 * may cross ambiguous aliases ("Jordan" in "Michael Jordan") but no other
 * actor name. Surnames alone are found later, once the set's persons are known.
 */
export function findPersonMentions(tokens: readonly Token[], found: readonly ActorMention[], registry: Registry, lexicon: Lexicon): PersonMention[] {
  const blocked = new Set<number>();
  for (const m of found) {
    // One-word places and ambiguous names are also surnames ("Jesse Jackson", "Michael Jordan"); so is a
    // state's one-word name right after a given name ("Steve Israel", "Elizabeth France").
    if ((m.ambiguous || m.form === 'place') && m.end - m.start === 1) continue;
    // "Nancy Pelosi": a one-word name that is also a given name, before a capitalised word, opens a person's name.
    const first = tokens[m.start];
    const next = tokens[m.end];
    if (m.end - m.start === 1 && first && lexicon.givenNames.has(first.norm) && next?.cap && !next.upper && !next.glue && !lexicon.roleHeads.has(next.norm) && !lexicon.nonNames.has(next.norm)) continue;
    const before = tokens[m.start - 1];
    if (m.end - m.start === 1 && m.form === 'name' && before?.cap && !before.upper && lexicon.givenNames.has(before.norm) && !lexicon.roleHeads.has(before.norm) && !lexicon.honorifics.has(before.norm)) continue;
    for (let i = m.start; i < m.end; i += 1) blocked.add(i);
  }
  // A place in a title ("New Jersey Governor Chris Christie") marks an office below the state's: it places
  // nobody under the state (the knowledge base or the text gives the party), and no home-state guess applies.
  const mentions = found;
  // "Railtrack managers Alistair Cook, ...", "Sens. John McCain and ...": a plural title reads as its singular.
  // Most sentences have none, and keep their tokens as they are.
  const plural = new Map<number, string>();
  tokens.forEach((t, k) => {
    const singular = tokens[k + 1]?.cap === true ? singularTitle(t, lexicon) : undefined;
    if (singular !== undefined) plural.set(k, singular);
  });
  const view = plural.size === 0 ? tokens : tokens.map((t, k) => (plural.has(k) ? { ...t, norm: plural.get(k) as string } : t));
  const persons: PersonMention[] = [];
  let i = 0;
  while (i < view.length) {
    const end = runEnd(view, i, blocked, lexicon);
    if (end > i) {
      const person = readPerson(view, i, end, mentions, registry, lexicon);
      if (person) persons.push(person);
      i = end;
    } else i += 1;
  }
  return shareListTitles(persons, view, plural);
}

/**
 * A title word in the plural ("managers", "Sens.") as the singular the lexicon knows ("manager",
 * "sen."), or undefined when it is none.
 */
function singularTitle(token: Token, lexicon: Lexicon): string | undefined {
  if (!token.cap && !/^\p{Ll}+$/u.test(token.raw)) return undefined;
  const dot = token.norm.endsWith('.') ? '.' : '';
  const word = token.norm.replace(/\.$/u, '');
  if (word.length < 3 || !word.endsWith('s') || lexicon.roleHeads.has(word) || lexicon.honorifics.has(word) || lexicon.honorifics.has(`${word}.`)) return undefined;
  const forms = [word.endsWith('men') ? `${word.slice(0, -3)}man` : undefined, word.endsWith('ies') ? `${word.slice(0, -3)}y` : undefined, word.slice(0, -1), word.endsWith('es') ? word.slice(0, -2) : undefined];
  const singular = forms.find((form) => form !== undefined && form.length > 1 && (lexicon.roleHeads.has(form) || lexicon.honorifics.has(form) || lexicon.honorifics.has(`${form}.`)));
  return singular === undefined ? undefined : `${singular}${dot}`;
}

/**
 * "Railtrack managers Alistair Cook, Sean Fugill and Keith Lea": the names listed after a plural title
 * (joined by commas and "and" only) each hold it.
 */
function shareListTitles(persons: PersonMention[], tokens: readonly Token[], plural: ReadonlyMap<number, string>): PersonMention[] {
  let holder: PersonMention | undefined;
  return persons.map((p, k) => {
    if (plural.has(p.nameStart - 1)) holder = p.role !== undefined || p.affiliation !== undefined || p.organisation !== undefined ? p : undefined;
    const previous = persons[k - 1];
    const listed = previous !== undefined && p.start === p.nameStart && tokens.slice(previous.end, p.nameStart).every((t) => t.raw === ',' || t.norm === 'and');
    if (!listed || holder === undefined || holder === p) {
      if (!listed && !plural.has(p.nameStart - 1)) holder = undefined;
      return p;
    }
    return {
      ...p,
      ...(holder.affiliation !== undefined ? { affiliation: holder.affiliation } : {}),
      ...(holder.organisation !== undefined ? { organisation: holder.organisation } : {}),
      ...(holder.party !== undefined ? { party: holder.party } : {}),
      ...(holder.role !== undefined ? { role: holder.role } : {}),
    };
  });
}

function isNameWord(tokens: readonly Token[], i: number, blocked: ReadonlySet<number>, lexicon: Lexicon): boolean {
  const t = tokens[i];
  if (!t || !t.cap || blocked.has(i) || (t.upper && t.raw.length > 1)) return false;
  // "Vice Premier He Lifeng": a function word right after a title and before a capital is a name.
  const afterTitle = lexicon.roleHeads.has(tokens[i - 1]?.norm ?? '') && tokens[i - 1]?.cap === true && tokens[i + 1]?.cap === true;
  if (lexicon.nonNames.has(t.norm) && !afterTitle) return false;
  if (lexicon.roleHeads.has(t.norm) || lexicon.roleModifiers.has(t.norm) || lexicon.honorifics.has(t.norm.replace(/\.$/, ''))) return false;
  return true;
}

/** A capital at the start of a sentence proves nothing ("Chef Jordan Walker"), unless the word is a known given name. */
function isSentenceOpening(tokens: readonly Token[], i: number): boolean {
  return i === 0 || SENTENCE_OPENERS.has(tokens[i - 1]?.raw ?? '');
}

/** "Robert F. Kennedy": a capital letter with a period inside a name. */
function isInitial(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return !!t && /^\p{Lu}$/u.test(t.raw) && tokens[i + 1]?.raw === '.' && tokens[i + 2]?.cap === true;
}

/** "Kennedy Jr.": a generational suffix closes a name. */
function isSuffix(tokens: readonly Token[], i: number): boolean {
  return NAME_SUFFIXES.has(tokens[i]?.raw ?? '');
}

function runEnd(tokens: readonly Token[], start: number, blocked: ReadonlySet<number>, lexicon: Lexicon): number {
  if (!isNameWord(tokens, start, blocked, lexicon)) return start;
  let end = start + 1;
  for (;;) {
    const t = tokens[end];
    if (!t) break;
    if (isInitial(tokens, end)) end += 2;
    else if (isSuffix(tokens, end)) end += tokens[end + 1]?.raw === '.' && tokens[end + 1]?.glue ? 2 : 1;
    else if (isNameWord(tokens, end, blocked, lexicon) && !t.glue) end += 1;
    // "John Major", "Mervyn King": a title word right after a lone given name is its surname, unless it
    // opens a title of its own ("... King of Spain") or more names follow.
    else if (end === start + 1 && lexicon.givenNames.has(tokens[start]?.norm ?? '') && t.cap && !t.upper && !t.glue && !blocked.has(end) && (lexicon.roleHeads.has(t.norm) || lexicon.honorifics.has(t.norm)) && tokens[end + 1]?.norm !== 'of' && tokens[end + 1]?.cap !== true) end += 1;
    // "Lee Jae-myung": a lowercase syllable hyphenated to a name word.
    else if (t.raw === '-' && t.glue && tokens[end + 1]?.glue && /^\p{Ll}/u.test(tokens[end + 1]?.raw ?? '') && !lexicon.particles.has(tokens[end + 1]?.norm ?? '')) end += 2;
    else if (t.raw === '-' && t.glue && tokens[end + 1]?.glue && isNameWord(tokens, end + 1, blocked, lexicon)) end += 2;
    else if (lexicon.particles.has(t.norm) && !t.cap) {
      // "von der Leyen", "al-Jubeir", "bin Salman": particles, then a name word.
      let k = end;
      while (tokens[k] && lexicon.particles.has(tokens[k]?.norm ?? '') && !tokens[k]?.cap) k += tokens[k + 1]?.raw === '-' ? 2 : 1;
      if (k === end || !isNameWord(tokens, k, blocked, lexicon)) break;
      end = k + 1;
    } else break;
  }
  return end;
}

/** Longest name before a possessive that can be a person's employer, in words. */
const MAX_POSSESSOR_WORDS = 4;

/**
 * "ABN Amro's Paul Mackel": capitalised words no actor reader knows, then "'s", right before a person's
 * full name, are whom the person works for. Never one common word ("Monday's"; "Britain's" is a mention),
 * the first word of a sentence alone, or the surname of someone the knowledge base knows.
 */
function possessorBefore(tokens: readonly Token[], start: number, mentions: readonly ActorMention[], registry: Registry, lexicon: Lexicon): string | undefined {
  if (tokens[start - 1]?.norm !== "'s") return undefined;
  const end = start - 1;
  let from = end;
  while (from > 0 && end - from < MAX_POSSESSOR_WORDS && tokens[from - 1]?.cap === true && !tokens[from - 1]?.quoted) from -= 1;
  if (from === end || mentions.some((m) => m.end > from && m.start < end)) return undefined;
  const words = tokens.slice(from, end).map((t) => t.raw);
  if (words.some((w) => lexicon.timeWords.has(w.toLowerCase()) || lexicon.roleHeads.has(w.toLowerCase()) || lexicon.honorifics.has(w.toLowerCase()))) return undefined;
  if (words.length === 1 && (isCommonWord(words[0] as string) || isSentenceOpening(tokens, from))) return undefined;
  // "Obama's Jim Messina": a person the knowledge base knows by that word is no employer.
  if (words.length === 1 && (registry.personAliases.has(fold(words[0] as string)) || (registry.personsBySurname.get(splitName(words, lexicon).surname)?.length ?? 0) > 0)) return undefined;
  return words.join(' ');
}

/** Whether the registry knows a person by the run's first word as a given name and its last as the surname ("Barack Obama said"). */
function knownFrom(tokens: readonly Token[], first: number, runEnd: number, registry: Registry, lexicon: Lexicon): boolean {
  const words = tokens.slice(first, runEnd).filter((t) => /\p{L}{2,}/u.test(t.raw) && !NAME_SUFFIXES.has(t.raw)).map((t) => t.raw);
  if (words.length < 2) return false;
  const keys = splitName(words, lexicon);
  return knownPerson(keys.surname, keys.given, registry, lexicon);
}

/** Whether the registry knows someone of this surname with compatible given names. */
function knownPerson(surname: string, given: readonly string[], registry: Registry, lexicon: Lexicon): boolean {
  return given.length > 0 && registry.personsBySurname.get(surname)?.some((p) => p.given.length > 0 && namesCompatible(p.given, given, lexicon)) === true;
}

/**
 * "Teenager Donald Young", "Fifteen-year-old Donald Young": everyday words (and compounds of them) that
 * open a run before a known given name describe the person, and the name starts at the given name.
 */
function givenNameStart(tokens: readonly Token[], first: number, runEnd: number, lexicon: Lexicon): number {
  let k = first;
  while (k < runEnd - 1) {
    const t = tokens[k] as Token;
    if (lexicon.givenNames.has(t.norm)) break;
    const piece = (t.raw === '-' && t.glue) || (t.glue && /^\p{Ll}+$/u.test(t.raw)) || (t.cap && isCommonWord(t.raw));
    if (!piece) return first;
    k += 1;
  }
  return k > first && k < runEnd - 1 && lexicon.givenNames.has(tokens[k]?.norm ?? '') ? k : first;
}

function readPerson(tokens: readonly Token[], runFrom: number, runEnd: number, mentions: readonly ActorMention[], registry: Registry, lexicon: Lexicon): PersonMention | undefined {
  const first = givenNameStart(tokens, runFrom, runEnd, lexicon);
  // An apposition vouches for the whole run ("Henna Virkkunen, the Commission's ...").
  const opening = isSentenceOpening(tokens, first) && !lexicon.givenNames.has(tokens[first]?.norm ?? '') && runEnd - first > 1 && findAppositionEnd(tokens, runEnd, lexicon) < 0 && !knownFrom(tokens, first, runEnd, registry, lexicon);
  const runStart = opening ? first + 1 : first;
  const words = tokens.slice(runStart, runEnd).filter((t) => t.cap && t.raw.length > 1 && !NAME_SUFFIXES.has(t.raw));
  const start = words.length > MAX_NAME_WORDS ? tokens.indexOf(words[words.length - MAX_NAME_WORDS] as Token, runStart) : runStart;
  const nameTokens = tokens.slice(start, runEnd);
  const keys = splitName(nameTokens.filter((t) => /\p{L}{2,}/u.test(t.raw) && !NAME_SUFFIXES.has(t.raw)).map((t) => t.raw), lexicon);
  const name = nameTokens.map((t) => (t.glue ? t.raw : ` ${t.raw}`)).join('').trim();
  const titleStart = findTitleStart(tokens, start, mentions, lexicon);
  const title = titleStart < start ? readRolePhrase(tokens, titleStart, start, mentions, lexicon) : undefined;
  const tag = readPartyTag(tokens, runEnd);
  const appositionEnd = tag ? -1 : findAppositionEnd(tokens, runEnd, lexicon);
  // "a University of Michigan librarian working with Google": the role ends where a participle begins.
  const participle = appositionEnd > 0 ? tokens.findIndex((t, j) => j > runEnd + 1 && j < appositionEnd && !t.cap && t.norm.endsWith('ing') && lexicon.verbForms.has(t.norm) && !lexicon.roleHeads.has(tokens[j + 1]?.norm ?? '')) : -1;
  const apposition = appositionEnd > 0 ? readRolePhrase(tokens, runEnd + 1, participle > 0 ? participle : appositionEnd, mentions, lexicon) : undefined;
  const known = knownPerson(keys.surname, keys.given, registry, lexicon);
  const single = nameTokens.length === 1 ? registry.personAliases.get(fold(name)) : undefined;
  const given = keys.given.length > 0 && lexicon.givenNames.has(nameTokens[0]?.norm ?? '');
  // "Britain's Tony Blair" names a person; "Nokia's N-Gage", one word however hyphenated, is a product.
  const nameWords = nameTokens.filter((t, k) => k === 0 || !t.glue).length;
  const titled = title?.titled === true || (tokens[start - 1]?.norm === "'s" && !!title?.affiliation && nameWords > 1);
  // "Shelton Weekly", "Marine Corps Reserve", "Alstom Group": a run ending in an organisation's word is no person.
  const lastWord = nameTokens.at(-1)?.raw ?? '';
  if (!known && (lexicon.orgHeads.has(lastWord) || lexicon.orgNameWords.has(lastWord) || lexicon.orgSuffixes.has(lastWord) || NON_PERSON_ENDS.has(lastWord))) return undefined;
  // "Mike Leigh's film Vera Drake": a name right after a work's noun is its title; "the 21st James Bond film":
  // one right before it names what the work is about.
  const workNoun = (t: Token | undefined): boolean => t !== undefined && !t.cap && lexicon.workNouns.has(t.norm);
  // "his next major film, Donnie Brasco, where ...": so is one in apposition to it.
  const workBefore = workNoun(tokens[start - 1]) || (tokens[start - 1]?.raw === ',' && workNoun(tokens[start - 2]));
  if (!known && (workBefore || workNoun(tokens[runEnd]))) return undefined;
  // "the House Judiciary Committee", "the Senate Armed Services": one capitalised word right after an actor's
  // name runs on into a longer name, and is no person.
  if (nameTokens.length === 1 && !single && mentions.some((m) => m.end === start && tokens[start - 1]?.cap === true)) return undefined;
  const evidence = tag !== undefined || (nameTokens.length > 1 ? titled || given || known || apposition?.titled === true : title?.titled === true || apposition?.titled === true || single !== undefined);
  if (!evidence) return undefined;
  const after = !tag && appositionEnd < 0 && nameTokens.length > 1 ? readEmployerAfter(tokens, runEnd, mentions, lexicon) : undefined;
  const possessor = titleStart === start && given ? possessorBefore(tokens, start, mentions, registry, lexicon) : undefined;
  const reading = title?.affiliation || title?.organisation ? title : apposition?.affiliation || apposition?.organisation ? apposition : after ?? (possessor !== undefined ? { titled: false, organisation: possessor } : undefined) ?? title ?? apposition;
  const role = title?.role ?? apposition?.role;
  // "Former Michigan Republican Party chairman": a party office held once still says which party.
  const formerParty = [title?.former, apposition?.former].find((id) => id !== undefined && registry.actors.get(id)?.category === 'party');
  // One word after a title: "Lord Woolf" is a name; "Sir John" refers back; "Mr Howard" is a surname to resolve.
  const before = fold(tokens[start - 1]?.raw ?? '').replace(/\.$/, '');
  const alone = nameTokens.length === 1 && !single;
  if (alone && GIVEN_NAME_HONORIFICS.has(before) && lexicon.givenNames.has(nameTokens[0]?.norm ?? '')) return undefined;
  const titledName = alone && NAME_TITLES.has(before) ? `${tokens[start - 1]?.raw ?? ''} ${name}` : undefined;
  return {
    start: titleStart,
    nameStart: start,
    nameEnd: runEnd,
    end: tag ? tag.end : appositionEnd > 0 ? appositionEnd : runEnd,
    name: single?.name ?? titledName ?? name,
    given: single ? single.given : keys.given,
    surname: single ? single.surname : keys.surname,
    full: !alone || titledName !== undefined,
    ...(reading?.affiliation !== undefined ? { affiliation: reading.affiliation } : tag && registry.actors.has(tag.state) ? { affiliation: tag.state } : {}),
    ...(tag && registry.actors.has(tag.party) ? { party: tag.party } : formerParty !== undefined ? { party: formerParty } : {}),
    ...(reading?.affiliation === undefined && reading?.organisation !== undefined ? { organisation: reading.organisation } : {}),
    ...(role !== undefined ? { role } : {}),
  };
}
