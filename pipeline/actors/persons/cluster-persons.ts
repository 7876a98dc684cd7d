import type { Registry } from '../registry/load-registry.js';
import type { PersonMention } from '../model.js';
import { namesCompatible } from './names-compatible.js';
import { slugify } from './slugify.js';

/** One person across the set. */
export interface PersonEntity {
  id: string;
  name: string;
  readonly surname: string;
  readonly given: string[];
  /** Registry actor id, or "org:<name>" for an organisation read from the text. */
  affiliation?: string;
  role?: string;
  /** Whether the registry knows this person (its affiliation is then fixed). */
  readonly registered: boolean;
  /** Votes read from the text: affiliation key -> count; role -> count; written name -> count. */
  readonly votes: { affiliation: Map<string, number>; role: Map<string, number>; names: Map<string, number> };
  mentions: number;
}

/** Persons of the set, and how to find one from a name. */
export interface PersonIndex {
  readonly entities: readonly PersonEntity[];
  /** The person named in full whom a mention is, given the surname and given names (never an adopted one). */
  resolve(surname: string, given: readonly string[]): PersonEntity | undefined;
  /** The registry person with this surname, added to the set on first use (a surname alone: "Putin said"). */
  adopt(surname: string): PersonEntity | undefined;
}

/**
 * Groups full-name mentions into persons: same surname skeleton and
 * compatible given names (so Sergey/Sergei Lavrov, Erdogan/Erdoğan are one).
 * Registry persons come first and keep their affiliation; others take the
 * affiliation most of their mentions give (ties: first seen), and a role the
 * text gives wins over the registry's.
 */
export function clusterPersons(mentions: readonly PersonMention[], registry: Registry): PersonIndex {
  const bySurname = new Map<string, PersonEntity[]>();
  const entities: PersonEntity[] = [];
  const known = new Set<PersonEntity>();
  const byId = new Map<string, PersonEntity>();
  const resolve = (surname: string, given: readonly string[]): PersonEntity | undefined => {
    const candidates = (bySurname.get(surname) ?? []).filter((e) => namesCompatible(e.given, given));
    return candidates.length === 1 || (candidates.length > 1 && given.length > 0) ? candidates[0] : undefined;
  };
  for (const mention of mentions) {
    let entity = resolve(mention.surname, mention.given) ?? fromRegistry(mention, registry);
    if (!entity) entity = newEntity(slugify(mention.name), mention.name, mention.surname, [...mention.given], false);
    if (!known.has(entity)) {
      known.add(entity);
      entities.push(entity);
      addTo(bySurname, entity);
    }
    for (const g of mention.given) if (!entity.given.includes(g)) entity.given.push(g);
    vote(entity, mention);
  }
  for (const entity of entities) {
    settle(entity);
    byId.set(entity.id, entity);
  }
  const adopt = (surname: string): PersonEntity | undefined => {
    const defs = registry.personsBySurname.get(surname) ?? [];
    const ids = new Set(defs.map((d) => d.id));
    const def = defs[0];
    if (!def || ids.size !== 1) return undefined;
    const existing = byId.get(def.id);
    if (existing) return existing;
    const entity = newEntity(def.id, def.name, def.surname, [...def.given], true);
    if (def.affiliation !== undefined) entity.affiliation = def.affiliation;
    if (def.role !== undefined) entity.role = def.role;
    // Not added to bySurname: `resolve` sees only persons named in full, so no story's
    // reading depends on which stories happened to be read before it.
    entities.push(entity);
    byId.set(entity.id, entity);
    return entity;
  };
  return { entities, resolve, adopt };
}

function fromRegistry(mention: PersonMention, registry: Registry): PersonEntity | undefined {
  const def = registry.personsBySurname.get(mention.surname)?.find((p) => namesCompatible(p.given, mention.given)) ?? registry.personAliases.get(mention.name.toLowerCase());
  if (!def) return undefined;
  const entity = newEntity(def.id, def.name, def.surname, [...def.given], true);
  if (def.affiliation !== undefined) entity.affiliation = def.affiliation;
  if (def.role !== undefined) entity.role = def.role;
  return entity;
}

function newEntity(id: string, name: string, surname: string, given: string[], registered: boolean): PersonEntity {
  return { id, name, surname, given, registered, votes: { affiliation: new Map(), role: new Map(), names: new Map() }, mentions: 0 };
}

function vote(entity: PersonEntity, mention: PersonMention): void {
  entity.mentions += 1;
  const key = mention.affiliation ?? (mention.organisation !== undefined ? `org:${mention.organisation}` : undefined);
  if (key !== undefined) entity.votes.affiliation.set(key, (entity.votes.affiliation.get(key) ?? 0) + 1);
  if (mention.role !== undefined) entity.votes.role.set(mention.role, (entity.votes.role.get(mention.role) ?? 0) + 1);
  if (mention.given.length > 0) entity.votes.names.set(mention.name, (entity.votes.names.get(mention.name) ?? 0) + 1);
}

/** Highest count wins; Map order (first seen) breaks ties. */
function top(votes: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let count = 0;
  for (const [key, n] of votes) if (n > count) [best, count] = [key, n];
  return best;
}

function settle(entity: PersonEntity): void {
  if (!entity.registered) {
    const affiliation = top(entity.votes.affiliation);
    if (affiliation !== undefined) entity.affiliation = affiliation;
    const name = top(entity.votes.names);
    if (name !== undefined) entity.name = name;
    entity.id = slugify(entity.name);
  }
  const role = top(entity.votes.role);
  if (role !== undefined) entity.role = role;
}

function addTo(bySurname: Map<string, PersonEntity[]>, entity: PersonEntity): void {
  const list = bySurname.get(entity.surname);
  if (list) list.push(entity);
  else bySurname.set(entity.surname, [entity]);
}
