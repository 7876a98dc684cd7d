import { isCommonWord } from '../registry/is-common-word.js';
import type { Lexicon } from '../registry/lexicon.js';
import { isFormerRole, isStateId } from '../registry/read-offices.js';
import { isAcronym } from './is-acronym.js';
import type { ActorMention, Token } from '../model.js';

/** Longest role text kept, in words; longer titles are cut (they are descriptions). */
const MAX_ROLE_WORDS = 8;

/** What a title or apposition says about a person. */
export interface RoleReading {
  /** The role in lowercase ("foreign minister"), when the phrase names a real office. */
  readonly role?: string;
  /** The registry actor the person belongs to. */
  readonly affiliation?: string;
  /** A capitalised name that is no registry actor ("Siemens chief executive"): an organisation. */
  readonly organisation?: string;
  /** The actor of a former office ("former RNC chairman"): no longer whom the person speaks for. */
  readonly former?: string;
  /** Whether the phrase has a role head or honorific at all. */
  readonly titled: boolean;
}

const PORTFOLIO_PREPOSITIONS = new Set(['for', 'to', 'on', 'in']);
// "an analyst with Jupiter Research", "economist at UBS": the employer follows these.
const OF_PREPOSITIONS = new Set(['of', 'at', 'from', 'with']);
/** Role heads of those who speak or act for someone else, so that "for X" names their employer or client. */
const REPRESENTATIVE_HEADS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'lawyer', 'attorney', 'counsel', 'adviser', 'advisor', 'consultant', 'analyst', 'economist', 'strategist', 'correspondent', 'reporter', 'editor', 'lobbyist', 'campaigner']);
/** Role heads of those who seek an office: "for X" names the office, never the employer. */
const CANDIDATE_HEADS = new Set(['candidate', 'nominee', 'hopeful', 'challenger', 'contender']);
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', "'s", ',', '(', ')']);

/**
 * Reads a title phrase (tokens [from, to)) around a name. The affiliation is
 * the last actor before the first role head ("Russian special envoy for
 * Syria" -> Russia), else the actor after "of" ("Secretary of Iran's ...
 * Council" -> Iran); actors after "for", "to", "on" are the portfolio, not the
 * affiliation. Capitalised words that are no actor and no role word name an
 * organisation ("Siemens chief executive", "chief executive of Acme Corp").
 */
export function readRolePhrase(tokens: readonly Token[], from: number, to: number, mentions: readonly ActorMention[], lexicon: Lexicon): RoleReading {
  // "of the UK Film Council": an actor's name running on into other capitals is part of an organisation's name.
  const inside = mentions.filter((m) => m.start >= from && m.end <= to && !runsOn(tokens, m.end, to, lexicon));
  // "the Commission's executive vice-president": the actor reader already read the title.
  const titledActor = inside.find((m) => m.role !== undefined);
  if (titledActor !== undefined && completesAnotherNoun(tokens, from, titledActor.start, lexicon)) return { titled: false };
  const coversOnly = titledActor !== undefined && !governmentWords(tokens, from, to, lexicon) && employerAfter(tokens, titledActor.end - 1, to);
  if (titledActor?.role !== undefined && !coversOnly) return { titled: true, role: titledActor.role, affiliation: titledActor.actorId };
  const mentionAt = new Map(inside.map((m) => [m.start, m]));
  let head = -1;
  let titled = false;
  for (let i = from; i < to; i += 1) {
    const norm = bare(tokens[i]);
    if (mentionAt.has(i)) continue;
    if (lexicon.roleHeads.has(norm)) {
      titled = true;
      if (head < 0) head = i;
    } else if (lexicon.honorifics.has(norm)) titled = true;
  }
  if (head >= 0 && completesAnotherNoun(tokens, from, head, lexicon)) return { titled: false };
  // "Association of Chief Police Officers president": a capitalised name with "of" before a lowercase head
  // is an organisation, role words and all.
  const named = inside.length === 0 ? namedBody(tokens, from, to, lexicon) : undefined;
  if (named) head = named.head;
  // A mention may run over the head ("Republican spokesman": the actor reader takes the noun in as its subject).
  const before = head < 0 ? inside : inside.filter((m) => m.start < head);
  let affiliation = before.at(-1)?.actorId;
  // "senior US economist at Deutsche Bank Securities": before a role that is no office of state, an actor only
  // says what the person covers; the employer named after "at", "of", "with" or "from" is whom they work for.
  if (affiliation !== undefined && before.at(-1)?.form !== 'institution' && head >= 0 && !governmentWords(tokens, from, to, lexicon) && employerAfter(tokens, head, to)) affiliation = undefined;
  let organisation = head < 0 ? undefined : named?.name ?? capitalRun(tokens, from, head, mentionAt, lexicon);
  let employerAt = -1;
  if (affiliation === undefined && head >= 0) {
    const preposition = (t: Token): boolean => OF_PREPOSITIONS.has(t.norm) || PORTFOLIO_PREPOSITIONS.has(t.norm);
    let first = findIndex(tokens, head, to, preposition);
    // "director of communications for the Labour Party", "head of tracing in Wambo for the ICRC": a lowercase
    // portfolio after "of" and a place after "in" name no employer; the employer, if any, follows.
    while ((tokens[first]?.norm === 'of' && tokens[first + 1]?.cap === false && tokens[first + 1]?.norm !== 'the') || tokens[first]?.norm === 'in') {
      const next = findIndex(tokens, first + 1, to, preposition);
      if (next < 0) break;
      first = next;
    }
    // "a lawyer for Yukos", "spokesman for the company": for those who speak for others, "for" names whom;
    // so it does for anyone before an organisation ("chief technology officer for Vivendi Universal", "managing
    // director for BT Consumer").
    // A candidate for an office or a seat ("candidate for the United States Senate") runs for it, not for it.
    const runsFor = tokens.slice(from, first).some((t) => CANDIDATE_HEADS.has(bare(t)));
    const speaksFor = tokens[first]?.norm === 'for' && !runsFor && ([...tokens.slice(from, first)].some((t) => REPRESENTATIVE_HEADS.has(bare(t))) || organisationAt(tokens, first + 1, mentions) || isAcronym(tokens[first + 1]?.raw ?? ''));
    // "senior advisor on mobile media at Ericsson's lab": the portfolio ends where the employer begins.
    const at = first >= 0 && PORTFOLIO_PREPOSITIONS.has(tokens[first]?.norm ?? '') && !speaksFor ? findIndex(tokens, first + 1, to, (t) => t.norm === 'at') : -1;
    const ofAt = at >= 0 ? at : first;
    if (ofAt >= 0 && (OF_PREPOSITIONS.has(tokens[ofAt]?.norm ?? '') || speaksFor)) {
      const end = findIndex(tokens, ofAt + 1, to, (t, i) => (PORTFOLIO_PREPOSITIONS.has(t.norm) && !joinsName(tokens, i, lexicon)) || t.raw === '(');
      const after = inside.filter((m) => m.start > ofAt && m.end <= (end < 0 ? to : end));
      // "director of the NAACP's Washington bureau": the possessor is the employer, not what follows it.
      const possessor = after.find((m) => tokens[m.end]?.norm === "'s");
      affiliation = (possessor ?? after.at(-1))?.actorId;
      if (affiliation === undefined) organisation ??= capitalRun(tokens, ofAt + 1, end < 0 ? to : end, mentionAt, lexicon);
      // "head of research at Capital Economics": the employer is no part of the role.
      if (affiliation !== undefined || organisation !== undefined) {
        const named = possessor ?? after.at(-1);
        const nameAt = named ? named.start : findIndex(tokens, ofAt + 1, to, (t) => t.cap);
        const at = nameAt < 0 ? ofAt : lastIndex(tokens, ofAt, nameAt, (t) => OF_PREPOSITIONS.has(t.norm) || t.norm === 'for');
        // "secretary of Iran's Supreme National Security Council" keeps its "of": the office is the body's.
        employerAt = tokens[at]?.norm === 'of' ? -1 : at;
      }
    }
  }
  const role = head < 0 ? undefined : roleText(tokens, named ? head : from, employerAt > head ? employerAt : to, mentionAt, lexicon);
  // "Goldeneye director Martin Campbell", "Kill Bill star ...": before a bare role that a film or a book has
  // too, a name that nothing marks as an organisation's is a work's, and employs nobody.
  if (organisation !== undefined && !named && employerAt < 0 && role !== undefined && lexicon.workRoles.has(role) && !marksOrganisation(organisation, lexicon)) organisation = undefined;
  // "a member of the House Judiciary Committee": a legislator's seat on a committee of their house says where
  // they sit, not whom they speak for (their party and state do; a committee's chairman does speak for it).
  if (organisation !== undefined && role !== undefined && role.split(/\s+/).includes('member') && COMMITTEE.test(`${organisation} ${tokens[to - 1]?.norm ?? ''}`)) organisation = undefined;
  // A former office ("former Ethiopian prime minister") no longer speaks for that actor.
  if (role !== undefined && isFormerRole(role)) return { titled, role, ...(affiliation !== undefined ? { former: affiliation } : {}) };
  return {
    titled,
    ...(role !== undefined ? { role } : {}),
    ...(affiliation !== undefined ? { affiliation } : {}),
    ...(affiliation === undefined && organisation !== undefined ? { organisation } : {}),
  };
}

/** The last word of a committee's name ("House Ways and Means and Budget committees"). */
const COMMITTEE = /\b(?:committee|committees|subcommittee|caucus)$/iu;

/** Whether a name says it is an organisation's: an acronym ("MGM"), or a last word such as "Group", "Council" or "Inc". */
function marksOrganisation(name: string, lexicon: Lexicon): boolean {
  const last = name.split(' ').at(-1) ?? '';
  return isAcronym(name) || lexicon.orgHeads.has(last) || lexicon.orgNameWords.has(last) || lexicon.legalSuffixes.has(last) || lexicon.orgSuffixes.has(last);
}

/** Words that may join the capitalised words of a name ("Association of Chief Police Officers", "Marks & Spencer"). */
const NAME_JOINERS = new Set(['of', '&', 'and', 'for', 'the', '-']);

/** The whole capitalised run before the last, lowercase role head, when it holds "of" and a capitalised role word. */
function namedBody(tokens: readonly Token[], from: number, to: number, lexicon: Lexicon): { name: string; head: number } | undefined {
  let last = -1;
  for (let i = to - 1; i >= from; i -= 1) {
    if (lexicon.roleHeads.has(bare(tokens[i]))) {
      last = i;
      break;
    }
  }
  const head = tokens[last];
  if (last <= from || !head || head.cap) return undefined;
  const run = tokens.slice(from, last);
  while (run.length > 0 && DETERMINERS.has(run[0]?.norm ?? '')) run.shift();
  const first = run[0];
  if (!first || !first.cap || lexicon.roleHeads.has(bare(first))) return undefined;
  if (!run.every((t) => t.cap || NAME_JOINERS.has(t.norm)) || !run.some((t) => t.norm === 'of') || !run.some((t) => t.cap && (lexicon.roleHeads.has(bare(t)) || lexicon.roleModifiers.has(bare(t))))) return undefined;
  if (NAME_JOINERS.has(run.at(-1)?.norm ?? '')) return undefined;
  return { name: run.map((t) => t.raw).join(' ').replace(/ - /g, '-'), head: last };
}

/** Whether the words after a mention continue a capitalised name ("UK Film Council") before `to`. */
export function runsOn(tokens: readonly Token[], end: number, to: number, lexicon: Lexicon): boolean {
  const next = tokens[end];
  if (end >= to || !next || !next.cap || next.upper || next.glue) return false;
  // Capitalised role modifiers then a head make a title ("Connecticut Attorney General"); then a name word,
  // a name ("New York Public Library").
  for (let i = end; i < to; i += 1) {
    const t = tokens[i];
    if (!t || !t.cap || t.upper) return false;
    const norm = bare(t);
    if (lexicon.roleHeads.has(norm) || lexicon.honorifics.has(norm) || lexicon.nonNames.has(norm)) return false;
    if (!lexicon.roleModifiers.has(norm)) return true;
  }
  return false;
}

/** Whether the title holds a word of a government office ("minister", "secretary") without a "shadow". */
function governmentWords(tokens: readonly Token[], from: number, to: number, lexicon: Lexicon): boolean {
  const words = tokens.slice(from, to).map(bare);
  return words.some((w) => lexicon.governmentRoles.has(w)) && !words.some((w) => lexicon.nonGovernment.has(w));
}

/** Whether an employer follows the role head: "at", "of", "with" or "from", then a capitalised name. */
function employerAfter(tokens: readonly Token[], head: number, to: number): boolean {
  for (let i = head + 1; i < to - 1; i += 1) {
    if (OF_PREPOSITIONS.has(tokens[i]?.norm ?? '')) {
      const next = tokens[i + 1]?.norm === 'the' ? tokens[i + 2] : tokens[i + 1];
      return next?.cap === true;
    }
  }
  return false;
}

/**
 * Whether the role starting at `head` completes another noun through "of":
 * "an outspoken critic of the president", "the wife of the Russian
 * president" say whom the person stands in relation to, not their own office.
 */
function completesAnotherNoun(tokens: readonly Token[], from: number, head: number, lexicon: Lexicon): boolean {
  const ofAt = findIndex(tokens, from, head, (t) => t.norm === 'of');
  const noun = tokens[ofAt - 1];
  return ofAt > from && noun !== undefined && !noun.cap && !lexicon.roleHeads.has(bare(noun)) && !lexicon.honorifics.has(bare(noun)) && !DETERMINERS.has(noun.norm);
}

function bare(token: Token | undefined): string {
  return token ? token.norm.replace(/\.$/, '') : '';
}

/** The last index in [from, to) whose token passes, else `from`. */
function lastIndex(tokens: readonly Token[], from: number, to: number, test: (t: Token) => boolean): number {
  for (let i = to - 1; i > from; i -= 1) if (test(tokens[i] as Token)) return i;
  return from;
}

function findIndex(tokens: readonly Token[], from: number, to: number, test: (t: Token, i: number) => boolean): number {
  for (let i = from; i < to; i += 1) if (test(tokens[i] as Token, i)) return i;
  return -1;
}

/** Whether an organisation's name (an actor that is no state) starts at i, after an optional "the". */
function organisationAt(tokens: readonly Token[], i: number, mentions: readonly ActorMention[]): boolean {
  const start = tokens[i]?.norm === 'the' ? i + 1 : i;
  const mention = mentions.find((m) => m.start === start);
  return mention !== undefined && mention.form === 'name' && !isStateId(mention.actorId);
}

/** "Committee to Preserve Social Security": "to" between an organisation's word and a capital is inside a name. */
function joinsName(tokens: readonly Token[], i: number, lexicon: Lexicon): boolean {
  return tokens[i]?.norm === 'to' && lexicon.orgHeads.has(tokens[i - 1]?.raw ?? '') && tokens[i + 1]?.cap === true;
}

/** A run of capitalised words that are neither actors nor role words nor function words. */
function capitalRun(tokens: readonly Token[], from: number, to: number, mentionAt: ReadonlyMap<number, ActorMention>, lexicon: Lexicon): string | undefined {
  const words: string[] = [];
  for (let i = from; i < to; i += 1) {
    const t = tokens[i] as Token;
    const mention = mentionAt.get(i);
    if (mention) {
      if (words.length > 0) break;
      i = mention.end - 1;
      continue;
    }
    const norm = bare(t);
    const isRole = lexicon.roleHeads.has(norm) || lexicon.roleModifiers.has(norm) || lexicon.honorifics.has(norm);
    // "Green Party", "Norwegian Football Federation": name words that are also title words.
    const orgWord = lexicon.orgNameWords.has(t.raw) || (t.cap && lexicon.orgNameWords.has(tokens[i + 1]?.raw ?? ''));
    // "World Wrestling Entertainment", "National Association of ...": an organisation's own word that is no
    // person's name opens the name too, when a capitalised word follows; function words, days and months do not.
    const nameWord = !lexicon.nonNames.has(norm) || (tokens[i + 1]?.cap === true && i + 1 < to && !lexicon.boundaryWords.has(norm) && !lexicon.leadWords.has(norm) && !lexicon.timeWords.has(norm) && !lexicon.honorifics.has(norm));
    if (t.cap && ((!isRole && nameWord) || orgWord)) words.push(t.raw);
    // "National Organization for Women": a role modifier or "for"/"and" between capitals is part of the name.
    else if (t.cap && isRole && !lexicon.roleHeads.has(norm) && !lexicon.honorifics.has(norm) && tokens[i + 1]?.cap === true && i + 1 < to && !isHeadAt(tokens, i + 1, lexicon)) words.push(t.raw);
    // "Strengthen Social Security,", "Texas Parks and Wildlife Department,": title words that no title follows end the name.
    else if (words.length > 0 && t.cap && isRole && !lexicon.roleHeads.has(norm) && !lexicon.honorifics.has(norm) && endsName(tokens[i + 1], lexicon)) words.push(t.raw);
    else if (words.length > 0 && (t.norm === 'for' || t.norm === 'and') && tokens[i + 1]?.cap === true && i + 1 < to && !isHeadAt(tokens, i + 1, lexicon)) words.push(t.raw);
    // "National Committee to Preserve Social Security": "to" after an organisation's word, before a capital.
    else if (words.length > 0 && joinsName(tokens, i, lexicon) && i + 1 < to) words.push(t.raw);
    else if (words.length > 0 && (t.raw === '&' || (t.raw === '-' && t.glue))) words.push(t.raw);
    // "International Association of Machinists", "Bank of America": "of" inside a name.
    else if (words.length > 0 && t.norm === 'of' && tokens[i + 1]?.cap === true && i + 1 < to) words.push(t.raw);
    else if (words.length > 0) break;
  }
  // "House Ways and Means and": a joiner never ends a name.
  while (words.length > 0 && RUN_JOINERS.has((words.at(-1) as string).toLowerCase())) words.pop();
  // "Shadow Constitutional Affairs Secretary": a title that says it is not the office names no organisation.
  if (words.length > 0 && NOT_THE_OFFICE.has((words[0] as string).toLowerCase())) return undefined;
  // One common word ("Association" of "Association of Chief Police Officers", "Committee") names nothing by
  // itself, unless written as an acronym ("NOW President Terry O'Neill").
  if (words.length === 0 || (words.length === 1 && isCommonWord(words[0] as string) && !isAcronym(words[0] as string))) return undefined;
  return words.join(' ').replace(/ - /g, '-');
}

/** First words of a title held by no one in office ("Shadow", "Former"). */
const NOT_THE_OFFICE = new Set(['shadow', 'opposition', 'former', 'ex']);
/** Words that join a run of capitals but cannot end it. */
const RUN_JOINERS = new Set(['of', 'for', 'and', 'to', '&', '-']);

/** Whether a capitalised title word before this token ends a name rather than begins a title: nothing capitalised or titular follows. */
function endsName(next: Token | undefined, lexicon: Lexicon): boolean {
  if (!next) return true;
  const norm = bare(next);
  return !next.cap && !lexicon.roleHeads.has(norm) && !lexicon.roleModifiers.has(norm);
}

function isHeadAt(tokens: readonly Token[], i: number, lexicon: Lexicon): boolean {
  const norm = bare(tokens[i]);
  return lexicon.roleHeads.has(norm) || lexicon.honorifics.has(norm);
}

function roleText(tokens: readonly Token[], from: number, to: number, mentionAt: ReadonlyMap<number, ActorMention>, lexicon: Lexicon): string | undefined {
  const words: string[] = [];
  for (let i = from; i < to; i += 1) {
    const mention = mentionAt.get(i);
    if (mention) {
      if (words.length > 0) words.push(tokens.slice(i, mention.end).map((t) => t.raw).join(' '));
      i = mention.end - 1;
      continue;
    }
    const t = tokens[i] as Token;
    const norm = bare(t);
    const roleWord = lexicon.roleHeads.has(norm) || lexicon.roleModifiers.has(norm);
    if (words.length === 0 && !roleWord) continue;
    words.push(t.raw === '-' ? '-' : roleWord ? norm : t.raw);
  }
  // "Home Office minister Lord": an honorific before the name belongs to the name, not the role.
  const honorificOnly = (word: string): boolean => lexicon.honorifics.has(word) && !lexicon.roleHeads.has(word);
  while (words.length > 0 && (DETERMINERS.has((words.at(-1) ?? '').toLowerCase()) || honorificOnly((words.at(-1) ?? '').toLowerCase().replace(/\.$/, '')))) words.pop();
  const text = words.join(' ').replace(/ - /g, '-').replace(/ 's\b/g, "'s").replace(/ ,/g, ',');
  const lastHead = [...words].reverse().find((w) => lexicon.roleHeads.has(w));
  if (!text || (lastHead !== undefined && lexicon.weakRoles.has(lastHead) && words.length === 1)) return undefined;
  // Cut to its longest, a role never ends on a joining word ("... national committee to").
  const kept = words.slice(0, MAX_ROLE_WORDS);
  while (kept.length > 1 && RUN_JOINERS.has((kept.at(-1) ?? '').toLowerCase())) kept.pop();
  return kept.join(' ').replace(/ - /g, '-').replace(/ 's\b/g, "'s");
}
