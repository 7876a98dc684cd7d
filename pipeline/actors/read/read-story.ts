import type { InteractionType } from '../../types.js';
import type { PersonEntity, PersonIndex } from '../persons/cluster-persons.js';
import { findClauses } from './find-clauses.js';
import { findQuoteSpans } from './find-quote-spans.js';
import { findPersonByRole } from '../persons/find-person-by-role.js';
import { fold } from '../scan/fold.js';
import { findRoleReferences } from './find-role-references.js';
import { findSurnameMentions } from '../persons/find-surname-mentions.js';
import type { Lexicon } from '../registry/lexicon.js';
import type { Participant, PersonMention, Token } from '../model.js';
import type { ScannedSentence } from '../scan/scan-sentences.js';

/** Something an actor said or did in a sentence. */
export interface Agency {
  readonly actorId: string;
  /** The person who spoke or acted for it, when a person did. */
  readonly person?: PersonEntity;
  readonly speech: boolean;
}

/** What one sentence gives the briefing. */
export interface SentenceReading {
  readonly agents: readonly Agency[];
  /** Actor id -> the names it went by in this sentence. */
  readonly mentions: ReadonlyMap<string, readonly string[]>;
  readonly persons: readonly PersonEntity[];
  readonly interactions: readonly { readonly a: string; readonly b: string; readonly type: InteractionType }[];
  /** The sentence is part of a quotation over several sentences, and its agents are the quotation's speaker. */
  readonly quoted?: boolean;
}

/**
 * Verbs by which a news outlet relays what others said or did ("according to
 * Reuters", "the Times reported", "CNN quoted"): the outlet is the story's
 * source there, not one of its actors, so it gets no point from the sentence.
 * What an outlet itself does or says ("the BBC apologised", "Fox News said it
 * had fired ...") still counts.
 */
const RELAY_LEMMAS = new Set(['according to', 'report', 'reported', 'quote', 'quoted', 'cite', 'cited']);

/**
 * Reads who speaks and acts in each sentence of one story. Persons speak for
 * their affiliation (`actorOf`). "He"/"she" as a subject is the person who was
 * the subject of the sentence before, else the only person it named, else
 * nobody.
 */
export function readStory(
  scanned: readonly ScannedSentence[],
  index: PersonIndex,
  lexicon: Lexicon,
  actorOf: (p: PersonEntity) => string,
  isOrganisation: (actorId: string) => boolean,
  isNewsMedium: (actorId: string) => boolean,
): SentenceReading[] {
  const named = [...new Set(scanned.flatMap((s) => s.persons.filter((p) => p.full).map((p) => index.resolve(p.surname, p.given)).filter((p): p is PersonEntity => !!p)))];
  // A surname alone ("Mr Howard") is first the person of that surname this story names in full.
  const find = (p: PersonMention, context: ScannedSentence['context']): PersonEntity | undefined =>
    p.full ? index.resolve(p.surname, p.given) : (named.find((e) => e.surname === p.surname) ?? index.resolve(p.surname, p.given) ?? index.adopt(p.surname, context));
  const local = [...new Set([...named, ...scanned.flatMap((s) => s.persons.map((p) => find(p, s.context)).filter((p): p is PersonEntity => !!p))])];
  let previous: { subject?: PersonEntity; named: PersonEntity[] } = { named: [] };
  const seen: PersonEntity[] = [];
  let lastOrganisation: string | undefined;
  const readings = scanned.map((sentence): SentenceReading => {
    const participants: Participant[] = [];
    const persons: PersonEntity[] = [];
    const occupied = new Set<number>();
    for (const p of sentence.persons) {
      const entity = find(p, sentence.context);
      for (let i = p.start; i < p.end; i += 1) occupied.add(i);
      if (!entity) continue;
      persons.push(entity);
      participants.push(personParticipant(sentence.tokens, p.start, p.end, p.nameEnd, entity, lexicon));
    }
    for (const m of sentence.actors) for (let i = m.start; i < m.end; i += 1) occupied.add(i);
    for (const s of findSurnameMentions(sentence.tokens, occupied, local, index, lexicon, sentence.context)) {
      persons.push(s.person);
      participants.push(personParticipant(sentence.tokens, s.start, s.end, s.end, s.person, lexicon));
    }
    const insidePerson = (i: number): boolean => participants.some((p) => p.ref.type === 'person' && i >= p.start && i < p.end);
    for (const m of sentence.actors) {
      if (!insidePerson(m.start)) participants.push({ start: m.start, end: m.end, ref: { type: 'actor', actorId: m.actorId }, agentive: m.agentive, ...(m.role !== undefined ? { role: m.role } : {}) });
    }
    participants.push(...findRoleReferences(sentence.tokens, occupied, lexicon));
    for (const p of persons) seen.push(p);
    sentence.tokens.forEach((t, i) => {
      if (lexicon.pronouns.get(t.norm) === t.norm && !t.quoted) participants.push({ start: i, end: i + 1, ref: { type: 'pronoun' }, agentive: true });
      // "..., it said in a statement": an organisation speaks of itself as "it"; the one named last is meant.
      if (t.norm === 'it' && !t.quoted && lexicon.speech.has(lexicon.verbForms.get(sentence.tokens[i + 1]?.norm ?? '') ?? '')) participants.push({ start: i, end: i + 1, ref: { type: 'organisation' }, agentive: true });
    });
    participants.sort((a, b) => a.start - b.start);
    for (const [k, p] of participants.entries()) participants[k] = throughProxy(sentence.tokens, p, lexicon);
    const byId = new Map(persons.map((p) => [p.id, p]));
    const pronounPerson = previous.subject ?? (new Set(previous.named).size === 1 ? previous.named[0] : undefined);
    const personOf = (p: Participant): PersonEntity | undefined => {
      if (p.ref.type === 'person') return byId.get(p.ref.personId);
      if (p.ref.type === 'pronoun') return pronounFits(sentence.tokens[p.start]?.norm ?? '', pronounPerson, lexicon) ? pronounPerson : undefined;
      if (p.ref.type === 'role') return findPersonByRole(seen, p.ref.role, lexicon, actorOf) ?? index.holder(p.ref.role, sentence.context);
      if (p.ref.type === 'actor' && p.role !== undefined) return findPersonByRole(seen, p.role, lexicon, actorOf, p.ref.actorId);
      return undefined;
    };
    const organisationBefore = (at: number): string | undefined =>
      sentence.actors.filter((m) => m.end <= at && isOrganisation(m.actorId)).at(-1)?.actorId ?? lastOrganisation;
    const actorIdOf = (p: Participant): string | undefined => {
      if (p.ref.type === 'actor') return p.ref.actorId;
      if (p.ref.type === 'organisation') return organisationBefore(p.start);
      const person = personOf(p);
      return person ? actorOf(person) : undefined;
    };
    const agents: Agency[] = [];
    const interactions: { a: string; b: string; type: InteractionType }[] = [];
    let subject: PersonEntity | undefined;
    for (const clause of findClauses(sentence.tokens, participants, lexicon)) {
      for (const s of clause.subjects) {
        const actorId = actorIdOf(s);
        const person = personOf(s);
        if (actorId === undefined || (RELAY_LEMMAS.has(clause.lemma) && isNewsMedium(actorId))) continue;
        agents.push({ actorId, speech: clause.speech, ...(person ? { person } : {}) });
        if (person) subject = person;
      }
      if (clause.interaction) {
        const type: InteractionType = lexicon.conflict.has(clause.interaction) ? 'conflict' : 'cooperation';
        const agentIds = unique(clause.subjects.map(actorIdOf));
        const objectIds = unique(clause.objects.map(actorIdOf));
        // A symmetric verb ("met", "agreed") has no direction: the pair is ordered by id, as for coordinated subjects.
        const symmetric = lexicon.symmetric.has(clause.interaction);
        for (const a of agentIds) for (const b of objectIds) if (a !== b) interactions.push(symmetric && b < a ? { a: b, b: a, type } : { a, b, type });
        if (symmetric) {
          for (const [i, a] of agentIds.entries()) for (const b of agentIds.slice(i + 1)) if (a !== b) interactions.push(a < b ? { a, b, type } : { a: b, b: a, type });
        }
      }
    }
    previous = { ...(subject ? { subject } : {}), named: persons };
    lastOrganisation = sentence.actors.filter((m) => isOrganisation(m.actorId)).at(-1)?.actorId ?? lastOrganisation;
    for (const p of persons) if (isOrganisation(actorOf(p))) lastOrganisation = actorOf(p);
    const mentions = new Map<string, string[]>();
    for (const m of sentence.actors) mentions.set(m.actorId, [...(mentions.get(m.actorId) ?? []), m.surface]);
    for (const p of persons) if (!mentions.has(actorOf(p))) mentions.set(actorOf(p), []);
    return { agents, mentions, persons, interactions };
  });
  return withQuoteSpeakers(readings, findQuoteSpans(scanned.map((s) => s.tokens)));
}

/**
 * “We agreed. It took a year,” he said.: a quotation over several sentences is its speaker's in each of them.
 * The speaker is who speaks in the sentence that opens it ('Blair said: “...'), else in the one that closes it;
 * sentences of the quotation with no agent of their own take the speaker.
 */
function withQuoteSpeakers(readings: SentenceReading[], spans: readonly [number, number][]): SentenceReading[] {
  for (const [first, last] of spans) {
    const speakers = [first, last].map((k) => readings[k]?.agents.filter((a) => a.speech) ?? []).find((agents) => agents.length > 0);
    if (!speakers) continue;
    for (let k = first; k <= last; k += 1) {
      const reading = readings[k];
      if (reading && reading.agents.length === 0) readings[k] = { ...reading, agents: speakers, quoted: true };
    }
  }
  return readings;
}

/**
 * A person as a clause participant: a possessive ("Putin's initiative") only
 * modifies, unless a noun the person acts through follows it ("Blumenthal's
 * campaign disputed the report"), which the participant then takes in.
 */
function personParticipant(tokens: readonly Token[], start: number, end: number, nameEnd: number, person: PersonEntity, lexicon: Lexicon): Participant {
  const possessive = tokens[nameEnd]?.norm === "'s";
  const proxy = possessive && lexicon.proxyNouns.has(tokens[nameEnd + 1]?.norm ?? '');
  return { start, end: proxy ? Math.max(end, nameEnd + 2) : end, ref: { type: 'person', personId: person.id }, agentive: !possessive || proxy };
}

/** Words that may stand between a determiner and a proxy noun ("an official spokesman for"). */
const PROXY_MODIFIERS = new Set(['official', 'senior', 'chief', 'press', 'deputy']);

/**
 * "A spokesman for the DCA said", "a lawyer for Yukos argued": someone who speaks for an actor or a person,
 * not named, makes them the subject; the participant takes the phrase in.
 */
function throughProxy(tokens: readonly Token[], p: Participant, lexicon: Lexicon): Participant {
  if (p.ref.type !== 'actor' && p.ref.type !== 'person') return p;
  let start = p.start - (tokens[p.start - 1]?.norm === 'the' ? 1 : 0);
  if (tokens[start - 1]?.norm !== 'for' || !lexicon.proxyNouns.has(tokens[start - 2]?.norm ?? '') || tokens[start - 2]?.quoted) return p;
  start -= 2;
  while (PROXY_MODIFIERS.has(tokens[start - 1]?.norm ?? '')) start -= 1;
  if (['a', 'an', 'the'].includes(tokens[start - 1]?.norm ?? '')) start -= 1;
  return { ...p, start, agentive: true };
}

function unique(ids: readonly (string | undefined)[]): string[] {
  return [...new Set(ids.filter((id): id is string => id !== undefined))];
}

/**
 * "she" never resolves to a man's name. Only this direction is checked: the
 * lexicon's women's names include many men's names from other languages
 * ("Adel", "Valery"), its men's names are reliable.
 */
function pronounFits(pronoun: string, person: PersonEntity | undefined, lexicon: Lexicon): boolean {
  if (!person || pronoun !== 'she') return true;
  const first = fold(person.name.split(/\s+/)[0] ?? '');
  return !lexicon.maleOnlyNames.has(first);
}
