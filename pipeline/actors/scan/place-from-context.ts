import { findClauses } from '../read/find-clauses.js';
import type { Lexicon } from '../registry/lexicon.js';
import type { Registry } from '../registry/load-registry.js';
import { isGovernmentRole } from '../registry/read-offices.js';
import type { Participant, PersonMention, Token } from '../model.js';
import type { ScannedSentence } from './scan-sentences.js';

const POSSESSIVE_DETERMINERS = new Set(['its', 'their']);
/** Punctuation that may come before a sentence's subject (after a quote: "“...,” Energy minister X said"). */
const OPENERS = new Set(['“', '”', '"', ',', '«', '»', 'its', 'their']);

/**
 * Places titled persons whose title names no actor, when the text makes it
 * clear who they speak for:
 * 1. "Its president, X" / "Their spokesman, X": the actor that was the
 *    subject of the sentence before ("UEFA backed the bid. Its president ...").
 * 2. Without a home state, a government office ("Energy minister X", "A
 *    spokesman, X"): the single actor that was the subject of the sentence before ("Kazakhstan has
 *    exceeded its quota. Energy minister X said ..."), else the single state
 *    the story's headline and lead sentence name.
 * 3. Otherwise a government office anywhere in the sentence ("said Chancellor
 *    Gordon Brown") is the article's home state's, as `office` (weaker than
 *    what the text says, stronger than the knowledge base).
 * Otherwise the person stays unplaced.
 */
export function placeFromContext(scanned: readonly ScannedSentence[], lead: readonly ScannedSentence[], registry: Registry, lexicon: Lexicon, home?: string): ScannedSentence[] {
  const leadStates = new Set(
    lead.flatMap((s) => s.actors).filter((m) => registry.actors.get(m.actorId)?.kind === 'state').map((m) => m.actorId),
  );
  const company = storyCompany(scanned, registry);
  const placed: ScannedSentence[] = [];
  for (const sentence of scanned) {
    const before = placed.at(-1);
    // The sentence before is read for its subjects only when someone here needs them (most sentences do not).
    const needs = sentence.persons.some((p) => p.affiliation === undefined && p.organisation === undefined && p.role !== undefined);
    const previous = needs && before ? subjectActors(before, lexicon) : [];
    const settle = (p: PersonMention): PersonMention => withOffice(withCompany(place(p, sentence, previous, leadStates, registry, lexicon, home), sentence, company, lexicon), sentence, home, lexicon);
    placed.push(needs ? { ...sentence, persons: sentence.persons.map(settle) } : sentence);
  }
  return placed;
}

/** Mentions that make an organisation the one a story is about. */
const COMPANY_MIN_MENTIONS = 2;
/** Role heads of a company's or a club's own officers ("chairman Louis Schweitzer", "company spokesman"). */
const CORPORATE_HEADS = new Set(['chairman', 'chairwoman', 'chair', 'executive', 'ceo', 'boss', 'founder', 'director', 'manager', 'owner']);

/** Kinds of organisation whose officers a story's "chairman" or "network's spokesman" never is: parties, outlets, public bodies. */
const NOT_A_COMPANY = new Set(['party', 'media', 'legislature', 'ministry', 'institution']);

/**
 * The organisation (not a state, party or public body) a story names most, clearly ahead of the next. A news
 * outlet is left out: a story that keeps citing one ("insiders tell Fox News", "Fox News confirmed") is
 * about others, and the chairman it quotes is not the outlet's.
 */
function storyCompany(scanned: readonly ScannedSentence[], registry: Registry): string | undefined {
  const counts = new Map<string, number>();
  for (const s of scanned) {
    for (const m of s.actors) {
      const actor = registry.actors.get(m.actorId);
      if (actor && actor.kind !== 'state' && !NOT_A_COMPANY.has(actor.category ?? '')) counts.set(m.actorId, (counts.get(m.actorId) ?? 0) + 1);
    }
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return first && first[1] >= COMPANY_MIN_MENTIONS && (!second || second[1] < first[1]) ? first[0] : undefined;
}

/**
 * "Chairman Louis Schweitzer said", "Company spokesman Glenn Waller said": a
 * company officer's title that names no company is the story's company's.
 */
function withCompany(p: PersonMention, sentence: ScannedSentence, company: string | undefined, lexicon: Lexicon): PersonMention {
  if (company === undefined || p.affiliation !== undefined || p.organisation !== undefined || p.role === undefined) return p;
  const words = p.role.split(/[\s-]+/);
  const title = sentence.tokens.slice(p.start, p.nameStart).map((t) => t.norm);
  // "Its chief executive, Michael O'Leary": the sentence before says whose, not the story's main company.
  if (POSSESSIVE_DETERMINERS.has(title[0] ?? '') || POSSESSIVE_DETERMINERS.has(sentence.tokens[p.start - 1]?.norm ?? '')) return p;
  const corporate = words.some((w) => CORPORATE_HEADS.has(w)) || titleTokens(p, sentence).some((t) => lexicon.companyNouns.has(t.norm));
  return corporate ? { ...p, affiliation: company } : p;
}

/** Nouns of organisations that may be public ("agency spokesman", "central bank governor"): they say nothing either way. */
const PUBLIC_BODY_NOUNS = new Set(['agency', 'alliance', 'bank', 'bloc', 'body', 'court', 'exchange', 'federation', 'organisation', 'organization', 'regulator', 'watchdog']);

/** "Company spokesman Glenn Waller", "union spokesman": a title that says it is a company's is no office of a state. */
function isCompanyTitle(p: PersonMention, sentence: ScannedSentence, lexicon: Lexicon): boolean {
  return titleTokens(p, sentence).some((t) => lexicon.companyNouns.has(t.norm) && !PUBLIC_BODY_NOUNS.has(t.norm));
}

/**
 * A person's title and the word before it, or the possessor before it ("the network's spokesman"): a
 * sentence's capitalised first word ("Company spokesman") is left out of the title, and so is a possessor.
 */
function titleTokens(p: PersonMention, sentence: ScannedSentence): readonly Token[] {
  const before = sentence.tokens[p.start - 1]?.norm === "'s" ? 2 : 1;
  return sentence.tokens.slice(Math.max(0, p.start - before), p.nameStart);
}

/** "Chancellor Gordon Brown" anywhere in a sentence: a government office the text ties to no actor is the home state's. */
function withOffice(p: PersonMention, sentence: ScannedSentence, home: string | undefined, lexicon: Lexicon): PersonMention {
  if (home === undefined || p.affiliation !== undefined || p.organisation !== undefined || p.role === undefined) return p;
  // A monarch's title ("King Salman", "Emir Tamim") is some state's own; news names foreign ones far more often.
  // A bare "spokesman" speaks for a party, a senator, a company or a charity far more often than for the state.
  if (p.role.split(/\s+/).some((w) => MONARCH_TITLES.has(w) || SPOKES_TITLES.has(w))) return p;
  // "Its president, Lise Klaveness": whose is said by the sentence before, not by the story's home.
  if (POSSESSIVE_DETERMINERS.has(sentence.tokens[p.start]?.norm ?? '') || POSSESSIVE_DETERMINERS.has(sentence.tokens[p.start - 1]?.norm ?? '')) return p;
  return isGovernmentRole(p.role, lexicon) && !isCompanyTitle(p, sentence, lexicon) ? { ...p, office: home } : p;
}

/** Titles of those who speak for someone the bare title does not name. */
const SPOKES_TITLES = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/** Titles of monarchs and royals, which the home state of a story does not own. */
const MONARCH_TITLES = new Set(['king', 'queen', 'emir', 'prince', 'princess', 'sultan', 'sheikh', 'crown']);

function place(p: PersonMention, sentence: ScannedSentence, previous: readonly string[], leadStates: ReadonlySet<string>, registry: Registry, lexicon: Lexicon, home: string | undefined): PersonMention {
  if (p.affiliation !== undefined || p.organisation !== undefined || p.role === undefined) return p;
  // Only a person who opens the sentence (its subject) continues the sentence before.
  const opening = sentence.tokens.slice(0, p.start).every((t) => t.quoted || OPENERS.has(t.norm) || lexicon.leadWords.has(t.norm));
  if (!opening) return p;
  const determiner = POSSESSIVE_DETERMINERS.has(sentence.tokens[p.start]?.norm ?? '') ? 'its' : (sentence.tokens[p.start - 1]?.norm ?? '');
  const single = previous.length === 1 ? previous[0] : undefined;
  if (POSSESSIVE_DETERMINERS.has(determiner)) return single ? { ...p, affiliation: single } : p;
  if (!isGovernmentRole(p.role, lexicon) || isCompanyTitle(p, sentence, lexicon)) return p;
  // With a home state, a government office is its own (rule 3): the subject of the sentence before is
  // often a foreign state ("... Indonesia. International Development Minister Gareth Thomas said").
  if (home !== undefined) return p;
  // A guess from the neighbouring sentences, as weak as a home state: what the knowledge base knows wins.
  // A government office belongs to a state, never to the party or company the sentence before was about.
  if (single) return registry.actors.get(single)?.kind === 'state' ? { ...p, office: single } : p;
  const lead = leadStates.size === 1 ? [...leadStates][0] : undefined;
  return previous.length === 0 && lead ? { ...p, office: lead } : p;
}

/** The actors that are subjects of a sentence's clauses (persons count as their affiliation). */
function subjectActors(sentence: ScannedSentence, lexicon: Lexicon): string[] {
  const participants: Participant[] = [
    ...sentence.actors.map((m): Participant => ({ start: m.start, end: m.end, ref: { type: 'actor', actorId: m.actorId }, agentive: m.agentive })),
    ...sentence.persons.map((p): Participant => ({
      start: p.start,
      end: p.end,
      ref: p.affiliation !== undefined ? { type: 'actor', actorId: p.affiliation } : { type: 'pronoun' },
      agentive: true,
    })),
  ].sort((a, b) => a.start - b.start);
  const inside = (m: Participant): boolean => sentence.persons.some((p) => m.ref.type === 'actor' && m.start >= p.start && m.end <= p.end && !(m.start === p.start && m.end === p.end));
  const ids = findClauses(sentence.tokens, participants.filter((m) => !inside(m)), lexicon).flatMap((c) => c.subjects.map((s) => (s.ref.type === 'actor' ? s.ref.actorId : '')));
  return [...new Set(ids.filter((id) => id !== ''))];
}
