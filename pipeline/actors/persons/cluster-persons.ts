import type { Lexicon } from '../registry/lexicon.js';
import type { Registry } from '../registry/load-registry.js';
import type { KbAffiliation } from '../../types.js';
import type { PersonDef, PersonMention } from '../model.js';
import { fold } from '../scan/fold.js';
import { activeAt, isFormerRole, isGovernmentRole, isStateId, officeRank } from '../registry/read-offices.js';
import { isAcronym } from '../scan/is-acronym.js';
import { namesCompatible } from './names-compatible.js';
import { slugify } from './slugify.js';

/** One person across the set. */
export interface PersonEntity {
  id: string;
  name: string;
  readonly surname: string;
  readonly given: string[];
  /**
   * The actor the person appears under: a state for a government office
   * holder, else their party, else their organisation or state. A registry
   * id, or "org:<name>" for an organisation read from the text.
   */
  affiliation?: string;
  /** Everything they belong to, display actor first: state, party, organisation (ids). */
  affiliations: string[];
  role?: string;
  /** The registry's record of this person, when it knows them. */
  readonly def?: PersonDef;
  /** Evidence read from the text, as counts; see `settle` for the order in which it decides. */
  readonly votes: Votes;
  mentions: number;
  /** Latest story date that names them (`YYYY-MM-DD`): the knowledge base is read at it. */
  date?: string;
  /** Home states of the stories that name them, by count. */
  readonly homes: Map<string, number>;
}

interface Votes {
  /** States the text ties them to ("Saudi Foreign Minister ..."). */
  readonly state: Map<string, number>;
  /** Parties the text ties them to ("Labour's Gordon Brown", "Sen. X, D-N.Y."). */
  readonly party: Map<string, number>;
  /** Organisations, companies and groups the text ties them to ("Siemens chief executive"). */
  readonly org: Map<string, number>;
  /** Home states of bare government titles ("Chancellor Gordon Brown" in a British story). */
  readonly office: Map<string, number>;
  readonly role: Map<string, number>;
  /** Written name -> count, for the display name. */
  readonly names: Map<string, number>;
}

/** Persons of the set, and how to find one from a name. */
export interface PersonIndex {
  readonly entities: readonly PersonEntity[];
  /** The person named in full whom a mention is, given the surname and given names (never an adopted one). */
  resolve(surname: string, given: readonly string[]): PersonEntity | undefined;
  /** The registry person with this surname whom a story means ("Blair said"), added to the set on first use. */
  adopt(surname: string, context?: { readonly date?: string; readonly home?: string }): PersonEntity | undefined;
  /** Who held an office of the story's home state at its date ("the prime minister" in a British story of 2005), added on first use. */
  holder(role: string, context: { readonly date?: string; readonly home?: string }): PersonEntity | undefined;
}

/**
 * Groups full-name mentions into persons: same surname skeleton and
 * compatible given names (so Sergey/Sergei Lavrov, Erdogan/Erdoğan, Jim/James
 * Mattis are one). Each person is then placed by evidence, in this order:
 * what the text says, the home state for bare government titles, then the
 * registry (the knowledge base read at the latest date that names them).
 */
export function clusterPersons(mentions: readonly PersonMention[], registry: Registry, lexicon: Lexicon, actorIdOf: (key: string) => string | undefined = (key) => (registry.actors.has(key) ? key : undefined)): PersonIndex {
  const bySurname = new Map<string, PersonEntity[]>();
  const entities: PersonEntity[] = [];
  const known = new Set<PersonEntity>();
  const byId = new Map<string, PersonEntity>();
  const resolve = (surname: string, given: readonly string[]): PersonEntity | undefined => {
    const candidates = (bySurname.get(surname) ?? []).filter((e) => namesCompatible(e.given, given, lexicon));
    return candidates.length === 1 || (candidates.length > 1 && given.length > 0) ? candidates[0] : undefined;
  };
  // Full names first, so that a surname alone ("Mr Howard") finds the person named in full anywhere in the set.
  const ordered = [...mentions.filter((m) => m.full), ...mentions.filter((m) => !m.full)];
  for (const mention of ordered) {
    let entity = resolve(mention.surname, mention.given);
    // A surname alone that names nobody in full makes no person: "Mr Begg" could be either Begg of the story.
    if (!entity && !mention.full) continue;
    if (!entity) {
      const def = matchRegistry(mention, registry, lexicon);
      entity = (def && byId.get(def.id)) ?? newEntity(def?.id ?? slugify(mention.name), def?.name ?? mention.name, mention.surname, [...mention.given], def);
    }
    if (!known.has(entity)) {
      known.add(entity);
      entities.push(entity);
      byId.set(entity.id, entity);
      addTo(bySurname, entity);
    }
    for (const g of mention.given) if (!entity.given.includes(g)) entity.given.push(g);
    vote(entity, mention, registry);
  }
  for (const entity of entities) settle(entity, registry, lexicon, actorIdOf);
  const settledIds = new Map(entities.map((e) => [e.id, e]));
  const adopt = (surname: string, context: { readonly date?: string; readonly home?: string } = {}): PersonEntity | undefined => {
    const def = pickBySurname(registry.personsBySurname.get(surname) ?? [], context, registry, lexicon);
    if (!def) return undefined;
    const existing = settledIds.get(def.id);
    if (existing) return existing;
    const entity = newEntity(def.id, def.name, def.surname, [...def.given], def);
    if (context.date !== undefined) entity.date = context.date;
    if (context.home !== undefined) entity.homes.set(context.home, 1);
    settle(entity, registry, lexicon, actorIdOf);
    // Not added to bySurname: `resolve` sees only persons named in full.
    entities.push(entity);
    settledIds.set(entity.id, entity);
    return entity;
  };
  const holder = (role: string, context: { readonly date?: string; readonly home?: string }): PersonEntity | undefined => {
    if (context.home === undefined) return undefined;
    const holders = (registry.officeHolders.get(`${context.home} ${role}`) ?? []).filter((d) => activeAt(d.affiliations, context.date).some((a) => a.id === context.home && a.role === role));
    const def = holders.length === 1 ? holders[0] : undefined;
    if (!def) return undefined;
    const existing = settledIds.get(def.id);
    if (existing) return existing;
    const entity = newEntity(def.id, def.name, def.surname, [...def.given], def);
    if (context.date !== undefined) entity.date = context.date;
    entity.homes.set(context.home, 1);
    settle(entity, registry, lexicon, actorIdOf);
    entities.push(entity);
    settledIds.set(entity.id, entity);
    return entity;
  };
  return { entities, resolve, adopt, holder };
}

/**
 * The registry person a full-name mention is, when the match is safe: a
 * compatible name, and (for the knowledge base's thousands of legislators) an
 * office or membership at the story's date in the story's home state or the
 * state its title names, else (out of office) the name written exactly as
 * theirs and a post there in the years around the date. Two such people of
 * one name match neither.
 */
function matchRegistry(mention: PersonMention, registry: Registry, lexicon: Lexicon): PersonDef | undefined {
  if (mention.given.length === 0) return mention.surname !== '' ? registry.personAliases.get(mention.name.toLowerCase()) : undefined;
  // A record whose given names the reader could not tell ("Ben Nelson": "ben" is also a patronymic) is compatible
  // with any given name, so it is only the person named exactly so ("Dr Jakob Nielsen" is not Ben Nelson).
  const candidates = (registry.personsBySurname.get(mention.surname) ?? []).filter((p) => namesCompatible(p.given, mention.given, lexicon) && (p.given.length > 0 || writtenAs(p, mention.name)));
  const ids = new Set(candidates.map((p) => p.id));
  if (ids.size === 0) return registry.personAliases.get(mention.name.toLowerCase());
  const context = { ...(mention.date !== undefined ? { date: mention.date } : {}), ...(mention.home !== undefined ? { home: mention.home } : {}) };
  const states = new Set([mention.home, mention.office, mention.affiliation].filter((s): s is string => s !== undefined && registry.actors.get(s)?.kind === 'state'));
  const political = mention.political !== false;
  const fitting = candidates.filter((p) => p.affiliations.length === 0 || fits(p, context.date, states, political, lexicon) || (mention.role !== undefined && p.affiliations.some((a) => a.role === mention.role)));
  const distinct = new Set(fitting.map((p) => p.id));
  if (distinct.size > 0) return distinct.size === 1 ? fitting[0] : undefined;
  // "Former Vice President Dick Cheney", "Norm Coleman" between terms: someone out of office is still the one
  // person of exactly that name who held a post of the story's states (or in government) in the years around it.
  const former = candidates.filter((p) => writtenAs(p, mention.name) && servedAround(p, context.date, states, political, registry, lexicon));
  return new Set(former.map((p) => p.id)).size === 1 ? former[0] : undefined;
}

/** Years before a story's date in which a post still identifies its holder, and after it in which one is already theirs. */
const FORMER_YEARS = 15;
const FUTURE_YEARS = 2;

/**
 * Whether the text writes the person's name or one of their known full names as it is (any case, no
 * accents), or with a middle initial the knowledge base leaves out ("Jon M. Huntsman Jr.").
 */
function writtenAs(def: PersonDef, name: string): boolean {
  const folded = fold(name);
  const plain = folded.split(' ').filter((word) => !MIDDLE_INITIAL.test(word)).join(' ');
  return [def.name, ...def.aliases].some((n) => fold(n) === folded || fold(n) === plain);
}

/** A lone initial ("M." of "Jon M. Huntsman"). */
const MIDDLE_INITIAL = /^\p{L}\.?$/u;

/**
 * Whether a person held a post of one of the states (of its parties, places and bodies too), or in government,
 * near a date; a seat or a party membership counts only in a story about politics.
 */
function servedAround(def: PersonDef, date: string | undefined, states: ReadonlySet<string>, political: boolean, registry: Registry, lexicon: Lexicon): boolean {
  const year = date === undefined ? undefined : Number(date.slice(0, 4));
  return def.affiliations.some((a) => {
    const near = year === undefined || ((a.from === undefined || Number(a.from.slice(0, 4)) <= year + FUTURE_YEARS) && (a.to === undefined || Number(a.to.slice(0, 4)) >= year - FORMER_YEARS));
    const state = registry.actors.get(a.id)?.kind === 'state' ? a.id : (registry.stateOf.get(a.id) ?? registry.actors.get(a.id)?.state);
    const rank = officeRank(a, lexicon);
    return near && (political || !isSeat(a, lexicon)) && (states.size === 0 || (state !== undefined && states.has(state)) || rank >= 2);
  });
}

/** Whether a knowledge-base person can be the one a story names: active at its date, in one of its states or in government. */
function fits(def: PersonDef, date: string | undefined, states: ReadonlySet<string>, political: boolean, lexicon: Lexicon): boolean {
  const active = activeAt(def.affiliations, date);
  if (active.length === 0) return false;
  if (active.some((a) => states.has(a.id))) return political || !isLegislator(active, lexicon);
  // Ministers and heads of government are named abroad too; legislators (thousands, many names shared) only
  // at home, or where the story says nothing of where it is.
  return states.size === 0 ? political || !isLegislator(active, lexicon) : active.some((a) => officeRank(a, lexicon) >= 2);
}

/**
 * Whether a person's posts are only seats and party memberships: thousands of legislators share their names
 * with sportsmen and executives, so only a story about politics names one by name alone.
 */
function isLegislator(active: readonly KbAffiliation[], lexicon: Lexicon): boolean {
  return active.every((a) => isSeat(a, lexicon));
}

/** A party membership, or a post of a state below its government's offices (a seat in its legislature). */
function isSeat(a: KbAffiliation, lexicon: Lexicon): boolean {
  return a.id.startsWith('party:') || (isStateId(a.id) && officeRank(a, lexicon) < 2);
}

/** "Blair said": the registry person of that surname most likely meant, if one stands out. */
function pickBySurname(defs: readonly PersonDef[], context: { readonly date?: string; readonly home?: string }, registry: Registry, lexicon: Lexicon): PersonDef | undefined {
  const ids = new Set(defs.map((d) => d.id));
  if (ids.size === 1 && defs[0]?.affiliations.length === 0) return defs[0];
  // Someone of the story's home state first ("Mr Howard" in a British story is Michael Howard, not
  // Australia's John Howard); a foreign head of state or government only when the home has nobody.
  const home = pickByRank(defs, context.date, lexicon, (a) => context.home === undefined || a.id === context.home || registry.actors.get(a.id)?.state === context.home);
  if (home || context.home === undefined) return home;
  return pickByRank(defs, context.date, lexicon, (a) => officeRank(a, lexicon) >= 3);
}

/** The one person of highest office among `defs` at a date, counting only the affiliations `counts` keeps; legislators alone share too many surnames. */
function pickByRank(defs: readonly PersonDef[], date: string | undefined, lexicon: Lexicon, counts: (a: KbAffiliation) => boolean): PersonDef | undefined {
  let best: PersonDef[] = [];
  let bestRank = 0;
  for (const def of defs) {
    const rank = Math.max(0, ...activeAt(def.affiliations, date).filter(counts).map((a) => officeRank(a, lexicon)));
    if (rank > bestRank) [best, bestRank] = [[def], rank];
    else if (rank === bestRank && rank > 0 && !best.some((b) => b.id === def.id)) best.push(def);
  }
  // Only someone in government or at the head of a party or body (rank 2 and up) is known by surname alone.
  return best.length === 1 && bestRank >= 2 ? best[0] : undefined;
}

function newEntity(id: string, name: string, surname: string, given: string[], def: PersonDef | undefined): PersonEntity {
  return {
    id,
    name,
    surname,
    given,
    affiliations: [],
    ...(def ? { def } : {}),
    votes: { state: new Map(), party: new Map(), org: new Map(), office: new Map(), role: new Map(), names: new Map() },
    mentions: 0,
    homes: new Map(),
  };
}

function bump(votes: Map<string, number>, key: string): void {
  votes.set(key, (votes.get(key) ?? 0) + 1);
}

function vote(entity: PersonEntity, mention: PersonMention, registry: Registry): void {
  entity.mentions += 1;
  const { votes } = entity;
  // An employer read from a title may be a known actor whose name needed confirming ("BNP leader Nick Griffin").
  const found = mention.organisation !== undefined ? (registry.byAlias.get(fold(mention.organisation)) ?? companyBefore(mention.organisation, registry)) : [];
  // "MGM Vice Chairman": an acronym is a foreign party's ("MGM", Pakistan's Muhajir Qaumi Movement) only in a
  // story about that party's state; elsewhere it is some other body's.
  const named = found.filter((id) => {
    const actor = registry.actors.get(id);
    return actor?.category !== 'party' || actor.state === undefined || actor.state === mention.home || !isAcronym(mention.organisation ?? '');
  });
  const local = named.length > 1 ? named.filter((id) => registry.actors.get(id)?.state === mention.home) : named;
  const known = local.length === 1 ? local[0] : undefined;
  const affiliation = mention.affiliation ?? known;
  if (affiliation !== undefined) {
    const actor = registry.actors.get(affiliation);
    if (actor?.kind === 'state') bump(votes.state, affiliation);
    // "Senate Minority Leader": a chamber says the person sits in the state's legislature, not whom they speak for.
    else if (actor?.category === 'legislature') {
      if (actor.state !== undefined) bump(votes.state, actor.state);
    }
    else if (actor?.category === 'party') bump(votes.party, affiliation);
    else bump(votes.org, affiliation);
  } else if (mention.organisation !== undefined) bump(votes.org, `org:${mention.organisation}`);
  if (mention.party !== undefined) bump(votes.party, mention.party);
  if (mention.office !== undefined) bump(votes.office, mention.office);
  if (mention.role !== undefined) bump(votes.role, mention.role);
  if (mention.given.length > 0) bump(votes.names, mention.name);
  if (mention.home !== undefined) bump(entity.homes, mention.home);
  if (mention.date !== undefined && (entity.date === undefined || mention.date > entity.date)) entity.date = mention.date;
}

/**
 * The party a knowledge-base person belongs to at a date: the party of their
 * latest membership begun by then (a party outlives the term it was recorded
 * with: Bill Clinton is a Democrat in 2010), else their earliest.
 */
function partyAt(def: PersonDef, date: string | undefined, registry: Registry): string | undefined {
  const parties = def.affiliations.filter((a) => registry.actors.get(a.id)?.category === 'party');
  const begun = parties.filter((a) => date === undefined || a.from === undefined || a.from.slice(0, 10) <= date);
  const latest = begun.reduce<KbAffiliation | undefined>((best, a) => (best === undefined || (a.from ?? '') >= (best.from ?? '') ? a : best), undefined);
  return (latest ?? parties[0])?.id;
}

/**
 * The state of the office the text names, when the knowledge base has the
 * person in that office at some time ("Secretary of State Antony Blinken" in a
 * story dated after his term, or with no date): stronger than a home-state guess.
 */
function heldOffice(def: PersonDef | undefined, role: string | undefined, registry: Registry): string | undefined {
  // "Former senator": an office the text says is over is no state's office now.
  if (!def || role === undefined || isFormerRole(role)) return undefined;
  return def.affiliations.find((a) => a.role !== undefined && registry.actors.get(a.id)?.kind === 'state' && (a.role === role || role.endsWith(` ${a.role}`)))?.id;
}

/** The votes with affiliation keys as actor ids; keys that name no actor (a rejected organisation) drop out. */
function resolvedVotes(votes: Votes, actorIdOf: (key: string) => string | undefined): Votes {
  const resolve = (counts: ReadonlyMap<string, number>): Map<string, number> => {
    const out = new Map<string, number>();
    for (const [key, n] of counts) {
      const id = actorIdOf(key);
      if (id !== undefined) out.set(id, (out.get(id) ?? 0) + n);
    }
    return out;
  };
  return { ...votes, state: resolve(votes.state), party: resolve(votes.party), org: resolve(votes.org), office: resolve(votes.office) };
}

/** "Boeing Commercial Airplanes": a division named after a company it begins with is that company. */
function companyBefore(name: string, registry: Registry): readonly string[] {
  const words = name.split(' ');
  for (let n = words.length - 1; n >= 1; n -= 1) {
    const ids = (registry.byAlias.get(fold(words.slice(0, n).join(' '))) ?? []).filter((id) => registry.actors.get(id)?.category === 'company');
    if (ids.length > 0) return ids;
  }
  return [];
}

/** Highest count wins; Map order (first seen) breaks ties. */
function top(votes: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let count = 0;
  for (const [key, n] of votes) if (n > count) [best, count] = [key, n];
  return best;
}

/**
 * Decides the person's state, party, organisation, role and display actor.
 * Text first, then the home state of bare government titles (unless the
 * knowledge base knows the person in government elsewhere at that date), then
 * the registry at the person's latest date. Government office holders appear
 * under their state; legislators, opposition and party figures under their
 * party; others under the organisation or state the text gives.
 */
function settle(entity: PersonEntity, registry: Registry, lexicon: Lexicon, actorIdOf: (key: string) => string | undefined): void {
  const { def } = entity;
  const votes = resolvedVotes(entity.votes, actorIdOf);
  const active = def ? activeAt(def.affiliations, entity.date) : [];
  const kbOffice = [...active].filter((a) => registry.actors.get(a.id)?.kind === 'state').sort((a, b) => officeRank(b, lexicon) - officeRank(a, lexicon))[0];
  const kbParty = def ? partyAt(def, entity.date, registry) : undefined;
  const kbOrg = active.find((a) => { const actor = registry.actors.get(a.id); return actor !== undefined && actor.kind !== 'state' && actor.category !== 'party'; });
  const textRole = top(votes.role);
  // The most prominent office held at the date names the role ("leader" of a party before "member of parliament").
  const kbRole = [...active].filter((a) => a.role !== undefined).sort((a, b) => officeRank(b, lexicon) - officeRank(a, lexicon))[0]?.role;
  const role = textRole ?? def?.role ?? kbRole;
  // A bare title's home state is a guess; a government office the knowledge base knows at the date is not
  // ("President Pervez Musharraf" in a British story is Pakistan's).
  const fixed = def?.affiliation !== undefined ? registry.actors.get(def.affiliation) : undefined;
  const kbGoverning = fixed ? undefined : ((kbOffice !== undefined && officeRank(kbOffice, lexicon) >= 2 ? kbOffice.id : undefined) ?? heldOffice(def, textRole, registry));
  // So is the state the knowledge base places them in at all (an MP of the UK is British whatever the story's home).
  // A party's state is not a person's office: a state attorney general or a party official is no office-holder of the state.
  const kbState = kbOffice?.id;
  // An affiliation the user's config gives overrides the knowledge base (the text still speaks first).
  const fixedState = fixed?.kind === 'state' ? fixed.id : undefined;
  const fixedParty = fixed?.category === 'party' ? fixed.id : undefined;
  const fixedOrg = fixed && fixed.kind !== 'state' && fixed.category !== 'party' ? fixed.id : undefined;
  const orgFromText = top(votes.org);
  // An office guessed from the story's home state ("President Terry O'Neill" in an American story) gives way to
  // an organisation the text names for the same person ("NOW President"): the title is the organisation's.
  const office = orgFromText === undefined ? top(votes.office) : undefined;
  const state = top(votes.state) ?? fixedState ?? (fixed ? undefined : (kbGoverning ?? kbState)) ?? office;
  const party = top(votes.party) ?? fixedParty ?? (fixed ? undefined : kbParty);
  const org = orgFromText ?? fixedOrg ?? (fixed ? undefined : kbOrg?.id);
  // A government title counts when the text or the knowledge base ties it to a state; a party's
  // "spokesman" or "leader" in the same title ("Liberal Democrat spokesman") is the party's.
  const partyTitle = votes.party.size > 0 && votes.state.size === 0 && votes.office.size === 0;
  const governing =
    (role !== undefined && isGovernmentRole(role, lexicon) && !partyTitle && (votes.state.size > 0 || office !== undefined || kbGoverning !== undefined)) ||
    (kbGoverning !== undefined && textRole === undefined);
  const display =
    orgFromText !== undefined && (votes.org.get(orgFromText) ?? 0) >= (votes.state.size > 0 ? Math.max(...votes.state.values()) : 0) && !governing
      ? orgFromText
      : governing
        ? state
        : party ?? org ?? state;
  if (display !== undefined) entity.affiliation = display;
  // A party's committee speaks for the party: the RNC's chairman is a Republican too.
  const parentParty = [display, party, org].map((id) => (id === undefined ? undefined : registry.actors.get(id)?.parent)).find((id) => id !== undefined && registry.actors.get(id)?.category === 'party');
  entity.affiliations = [...new Set([display, state, party, parentParty, org].filter((id): id is string => id !== undefined))];
  if (role !== undefined) entity.role = role;
  // A known person keeps the registry's name when the articles write it so (any case); otherwise a person is
  // shown by the full name the articles use most ("Dick Durbin" for the registry's "Richard Durbin").
  const written = [...votes.names.keys()].some((n) => fold(n) === fold(def?.name ?? ''));
  const name = top(votes.names);
  if (name !== undefined && !written) entity.name = name;
  if (!def) entity.id = slugify(entity.name);
}

function addTo(bySurname: Map<string, PersonEntity[]>, entity: PersonEntity): void {
  const list = bySurname.get(entity.surname);
  if (list) list.push(entity);
  else bySurname.set(entity.surname, [entity]);
}
