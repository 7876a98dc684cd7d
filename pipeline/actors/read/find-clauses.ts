import type { Lexicon } from '../registry/lexicon.js';
import type { Clause, Participant, Token } from '../model.js';
import { describerLength, leadAllowed } from './lead-allowed.js';
import { readVerb } from './read-verb.js';

/** Tokens after a subject group within which its verb must come (auxiliaries and adverbs aside). */
const MAX_APPOSITION_TOKENS = 25;
/** Words of an apposition whose closing comma is missing ("X, PTC president and conservative activist said"). */
const MAX_OPEN_APPOSITION_TOKENS = 8;
/** Tokens after the main verb within which an interaction verb may follow ("insisted on blaming"). */
const INTERACTION_VERB_WINDOW = 3;
/** Tokens after the verb within which its object is looked for ("suspended bilateral contacts with Moscow"). */
const OBJECT_WINDOW = 8;

const BOUNDARY_AFTER_COMMA = new Set(['while', 'whereas', 'but']);
const COORDINATORS = new Set(['and', ',', '&']);
const NOUN_DETERMINERS = new Set(['its', 'their', 'his', 'her', 'the', 'other']);
const SKIPPABLE_AFTER_SUBJECT = new Set(['(', ')']);

/**
 * The clauses of a sentence whose subject is a participant: "Lavrov said",
 * "Moscow accused the US", "“...,” he added", "according to Peskov", "...,
 * said Lavrov". Only a main clause's subject counts: "Lavrov said Washington
 * was ..." gives Lavrov, not Washington. Passives ("Syria has been mired")
 * and copulas ("Moscow has been a backer") give no agent.
 */
export function findClauses(tokens: readonly Token[], participants: readonly Participant[], lexicon: Lexicon): Clause[] {
  const clauses: Clause[] = [];
  const usable = participants.filter((p) => !tokens[p.start]?.quoted);
  for (const [from, to] of segments(tokens, new Set(usable.map((p) => p.start)))) {
    const inSegment = usable.filter((p) => p.start >= from && p.start < to);
    const clause = subjectClause(tokens, from, to, inSegment, lexicon) ?? invertedClause(tokens, inSegment, lexicon) ?? passiveClause(tokens, inSegment, lexicon);
    if (clause) clauses.push(clause);
  }
  return clauses;
}

/** Clauses split at ";", ", while", ", but", ", and" before a new subject ("..., and Saudi Arabia, which ..."), and a full stop inside. */
function segments(tokens: readonly Token[], starts: ReadonlySet<number>): [number, number][] {
  const cuts = [0];
  tokens.forEach((t, i) => {
    if (t.quoted) return;
    if (t.raw === ';') cuts.push(i + 1);
    // Two sentences the splitter left together ("... copied. In the future, Dr Nielsen believes ..."): a full
    // stop after a lowercase word or a number, before a capital (not "Dr. Nielsen", not "U.S. officials").
    if (t.raw === '.' && tokens[i + 1]?.cap === true && /^(?:\p{Ll}{2,}|\p{N}+)$/u.test(tokens[i - 1]?.raw ?? '')) cuts.push(i + 1);
    if (t.raw === ',' && BOUNDARY_AFTER_COMMA.has(tokens[i + 1]?.norm ?? '')) cuts.push(i + 2);
    if (t.raw === ',' && tokens[i + 1]?.norm === 'and' && (starts.has(i + 2) || (tokens[i + 2]?.norm === 'the' && starts.has(i + 3)))) cuts.push(i + 2);
  });
  return cuts.map((c, i) => [c, cuts[i + 1] ?? tokens.length]);
}

function subjectClause(tokens: readonly Token[], from: number, to: number, inSegment: readonly Participant[], lexicon: Lexicon): Clause | undefined {
  const according = inSegment.find((p) => tokens[p.start - 1]?.norm === 'to' && tokens[p.start - 2]?.norm === 'according');
  if (according) return { subjects: [according], lemma: 'according to', speech: true, objects: [] };
  for (let n = 0; n < inSegment.length; n += 1) {
    const first = inSegment[n] as Participant;
    // "As Liberal Democrat leader Charles Kennedy claimed, ...": the speaker of what follows.
    const as = tokens[from]?.norm === 'as' && leadAllowed(tokens, from + 1, first.start, lexicon, first.ref.type === 'person');
    if (!first.agentive || !(as || leadAllowed(tokens, from, first.start, lexicon, first.ref.type === 'person'))) continue;
    let subjects = [first];
    let k = first.end;
    let joined = false;
    for (let m = n + 1; m < inSegment.length; m += 1) {
      const next = inSegment[m] as Participant;
      const between = tokens.slice(k, next.start);
      if (between.length === 0 || between.length > 2 || !between.every((t) => COORDINATORS.has(t.norm))) break;
      if (between.some((t) => t.norm === 'and' || t.raw === '&')) joined = true;
      subjects.push(next);
      k = next.end;
    }
    // Commas alone make no list ("In Brussels, Commission spokesman X said"): a list ends with "and".
    if (subjects.length > 1 && !joined) {
      subjects = [first];
      k = first.end;
    }
    k = skipConjunct(tokens, skipApposition(tokens, skipOrigin(tokens, k, to), to, lexicon), lexicon);
    const verb = readVerb(tokens, k, to, lexicon);
    // No verb: a dateline or heading ("BEIJING (Reuters) - China's coast guard said"); the next
    // participant may still open the clause if a comma or dash introduces it.
    if (!verb || (as && (!lexicon.speech.has(verb.lemma) || tokens[verb.index + 1]?.raw !== ','))) continue;
    const objects = firstGroup(tokens, inSegment.filter((p) => p.start > verb.index && p.start <= verb.index + OBJECT_WINDOW && !subjects.includes(p)));
    const interaction = interactionLemma(tokens, verb.index, verb.lemma, lexicon);
    return { subjects, lemma: verb.lemma, speech: lexicon.speech.has(verb.lemma), objects: interaction ? objects : [], ...(interaction ? { interaction } : {}) };
  }
  return undefined;
}

/** The first object and those coordinated with it ("blaming the United States and the Syrian opposition"). */
function firstGroup(tokens: readonly Token[], after: readonly Participant[]): Participant[] {
  const group: Participant[] = [];
  for (const p of after) {
    const last = group.at(-1);
    if (last && !tokens.slice(last.end, p.start).every((t) => COORDINATORS.has(t.norm) || t.norm === 'the')) break;
    group.push(p);
  }
  return group;
}

/** "The US and its regional allies have ...": a conjunct that is no participant is skipped. */
function skipConjunct(tokens: readonly Token[], k: number, lexicon: Lexicon): number {
  if (tokens[k]?.norm !== 'and') return k;
  for (let j = k + 1; j <= k + 4 && j < tokens.length; j += 1) {
    const t = tokens[j] as Token;
    // After "its", "their", "the" a verb form is a noun ("its allies").
    const noun = NOUN_DETERMINERS.has(tokens[j - 1]?.norm ?? '');
    if (t.cap || (lexicon.verbForms.has(t.norm) && !noun)) return k;
    if (lexicon.auxiliaries.has(t.norm)) return j;
  }
  return k;
}

/** Words an origin's name may hold besides capitalised ones ("from the FDA's Office of Drug Safety"). */
const ORIGIN_JOINERS = new Set(['the', "'s", 'of', 'and', '&', '-', 'for']);
/** Longest origin after a subject, in tokens. */
const MAX_ORIGIN_TOKENS = 12;

/**
 * "Darrell Issa of California, ...", "David Graham from the FDA's Office of Drug Safety told": where a person
 * is from, between the name and the verb or apposition, is part of the subject.
 */
function skipOrigin(tokens: readonly Token[], k: number, to: number): number {
  const first = tokens[k];
  if (first?.norm !== 'of' && first?.norm !== 'from') return k;
  let j = k + 1;
  while (j < to && j - k <= MAX_ORIGIN_TOKENS && (tokens[j]?.cap === true || ORIGIN_JOINERS.has(tokens[j]?.norm ?? ''))) j += 1;
  return j > k + 1 && tokens[j - 1]?.cap === true ? j : k;
}

function skipApposition(tokens: readonly Token[], k: number, to: number, lexicon: Lexicon): number {
  let i = k;
  while (SKIPPABLE_AFTER_SUBJECT.has(tokens[i]?.raw ?? '')) {
    if (tokens[i]?.raw === '(') {
      const close = tokens.findIndex((t, j) => j > i && t.raw === ')');
      if (close < 0) break;
      i = close + 1;
    } else i += 1;
  }
  if (tokens[i]?.raw !== ',') return i;
  const next = tokens[i + 1]?.norm ?? '';
  if (lexicon.auxiliaries.has(next) || lexicon.verbForms.has(next)) return i + 1;
  for (let j = i + 1; j < Math.min(to, i + MAX_APPOSITION_TOKENS); j += 1) if (tokens[j]?.raw === ',') return j + 1;
  // "Brent Bozell, PTC president and conservative activist said:": an apposition whose closing comma is missing
  // ends at the verb, when only describing words come before it.
  for (let j = i + 1; j < Math.min(to, i + 1 + MAX_OPEN_APPOSITION_TOKENS); j += 1) {
    const t = tokens[j] as Token;
    if (j > i + 1 && lexicon.verbForms.has(t.norm) && !t.quoted) return j;
    const describing = /^[\p{L}\p{N}]/u.test(t.raw) && (t.norm === 'and' || !lexicon.boundaryWords.has(t.norm)) && !lexicon.auxiliaries.has(t.norm) && !lexicon.beForms.has(t.norm) && !lexicon.verbForms.has(t.norm);
    if (!describing) break;
  }
  return i;
}

function interactionLemma(tokens: readonly Token[], index: number, lemma: string, lexicon: Lexicon): string | undefined {
  if (lexicon.cooperation.has(lemma) || lexicon.conflict.has(lemma)) return lemma;
  for (let i = index + 1; i <= index + INTERACTION_VERB_WINDOW; i += 1) {
    const next = lexicon.verbForms.get(tokens[i]?.norm ?? '');
    if (next && (lexicon.cooperation.has(next) || lexicon.conflict.has(next))) return next;
  }
  return undefined;
}

/** "..., said Lavrov." and "..., Lavrov said." after a quote are both attributions; so is "..., said asbestosis sufferer Bernie Banton". */
function invertedClause(tokens: readonly Token[], inSegment: readonly Participant[], lexicon: Lexicon): Clause | undefined {
  for (const p of inSegment) {
    const described = p.ref.type === 'person' ? describerLength(tokens.slice(Math.max(0, p.start - MAX_APPOSITION_TOKENS), p.start), lexicon) : 0;
    const verb = lexicon.verbForms.get(tokens[p.start - 1 - described]?.norm ?? '');
    const after = tokens[p.end]?.raw;
    if (verb && lexicon.speech.has(verb) && (after === undefined || after === '.' || after === ',')) {
      return { subjects: [p], lemma: verb, speech: true, objects: [] };
    }
  }
  return undefined;
}

/** Tokens before "by" within which the passive's form of "be" must stand ("has also been questioned by"). */
const PASSIVE_REACH = 4;

/**
 * "The theory has been questioned by Dafydd Wigley", "the plan was rejected by Moscow": the participant after
 * "by" did what the passive verb says.
 */
function passiveClause(tokens: readonly Token[], inSegment: readonly Participant[], lexicon: Lexicon): Clause | undefined {
  for (const p of inSegment) {
    const by = tokens[p.start - 1]?.norm === 'the' ? p.start - 2 : p.start - 1;
    const verb = tokens[by - 1];
    if (tokens[by]?.norm !== 'by' || !verb || verb.quoted) continue;
    const lemma = lexicon.verbForms.get(verb.norm) ?? (verb.norm.endsWith('ed') ? verb.norm : undefined);
    if (lemma === undefined) continue;
    const be = tokens.slice(Math.max(0, by - 1 - PASSIVE_REACH), by - 1).some((t) => lexicon.beForms.has(t.norm) && !t.quoted);
    if (be) return { subjects: [p], lemma, speech: lexicon.speech.has(lemma), objects: [] };
  }
  return undefined;
}
