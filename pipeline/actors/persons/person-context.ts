import type { ActorDef, PersonMention } from '../model.js';
import { clusterPersons, type PersonEntity, type PersonIndex } from './cluster-persons.js';
import { discoverOrganisations, type Discovered } from './discover-organisations.js';
import type { Lexicon } from '../registry/lexicon.js';
import type { Registry } from '../registry/load-registry.js';

/** What the second pass reads stories against: the set's persons and the organisations the text introduced. */
export interface PersonContext {
  readonly discovered: Discovered;
  readonly index: PersonIndex;
  /** Discovered organisations by actor id. */
  readonly orgs: ReadonlyMap<string, ActorDef>;
  readonly isOrganisation: (actorId: string) => boolean;
  /** A news outlet or agency (the knowledge base's media): "Reuters reported" relays, it does not act. */
  readonly isNewsMedium: (actorId: string) => boolean;
  /** The actor a person speaks for: its organisation or state, else the person. */
  readonly actorOf: (person: PersonEntity) => string;
}

/**
 * Builds the context from the first pass's persons and introduced organisation
 * names, in story order. Deterministic: every thread that builds it from the
 * same lists gets the same persons in the same order.
 */
export function buildPersonContext(persons: readonly PersonMention[], named: readonly string[], registry: Registry, lexicon: Lexicon): PersonContext {
  const discovered = discoverOrganisations(persons, named, lexicon, registry);
  // Affiliation keys become actor ids: "org:Siemens" the discovered organisation's, registry ids as they are.
  const discoveredIds = new Set([...discovered.byKey.values()].map((d) => d.id));
  const actorIdOf = (key: string): string | undefined => discovered.byKey.get(key)?.id ?? (registry.actors.has(key) || discoveredIds.has(key) ? key : undefined);
  const index = clusterPersons(persons, registry, lexicon, actorIdOf);
  const orgs = new Map([...discovered.byKey.values()].map((d) => [d.id, d]));
  const isOrganisation = (id: string): boolean => (registry.actors.get(id) ?? orgs.get(id))?.kind === 'organisation';
  const isNewsMedium = (id: string): boolean => registry.actors.get(id)?.category === 'media';
  const actorOf = (p: PersonEntity): string => p.affiliation ?? p.id;
  return { discovered, index, orgs, isOrganisation, isNewsMedium, actorOf };
}
