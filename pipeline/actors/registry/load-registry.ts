import { createRequire } from 'node:module';
import type { KbEntry, RegistryEntry } from '../../types.js';
import { createAliasTrie, type AliasFiling, type AliasTrie } from './alias-trie.js';
import ambiguous from '../data/ambiguous.json' with { type: 'json' };
import blockers from '../data/blockers.json' with { type: 'json' };
import groups from '../data/groups.json' with { type: 'json' };
import homeCues from '../data/home-cues.json' with { type: 'json' };
import institutions from '../data/institutions.json' with { type: 'json' };
import organisations from '../data/organisations.json' with { type: 'json' };
import stateExtras from '../data/state-extras.json' with { type: 'json' };
import { fold } from '../scan/fold.js';
import { filePersons, lookupPersons, type PersonFiling, type PersonLookup, type PersonRecord } from './index-persons.js';
import { readRegistrySnapshot } from './registry-snapshot.js';
import { loadKnowledgeBase } from './load-knowledge-base.js';
import { loadLexicon } from './lexicon.js';
import type { ActorDef, AliasForm, AliasTarget, PersonDef } from '../model.js';
import { statesFromCountries, type CountryRecord, type StateSeed } from './states-from-countries.js';

/** The compiled registry: actors, one alias trie, persons by surname. */
export interface Registry {
  readonly actors: ReadonlyMap<string, ActorDef>;
  readonly trie: AliasTrie;
  /** Nouns that make a demonym or possessive stand for the state ("government"). */
  readonly nouns: AliasTrie;
  /** Registry persons (one record per spelling), by surname skeleton. */
  readonly personsBySurname: PersonLookup['bySurname'];
  /** Single-word person aliases ("Xi", "MBS"), folded -> person. */
  readonly personAliases: ReadonlyMap<string, PersonDef>;
  /** Ambiguous aliases (folded) -> the cues that confirm or refute them. */
  readonly ambiguous: ReadonlyMap<string, { readonly cues: readonly string[]; readonly negative: readonly string[] }>;
  /** How many other states an article must name to confirm an ambiguous state alias. */
  readonly minOtherStates: number;
  /** Phrases naming a state's own institutions ("House of Commons", "Bundestag"): evidence of an article's home state. */
  readonly cues: AliasTrie;
  /** The state (alpha-3) of every place, party, company or national body that has one, by id. */
  readonly stateOf: ReadonlyMap<string, string>;
  /** Publishers (folded names) -> their state. */
  readonly outlets: ReadonlyMap<string, string>;
  /** Country-code top-level domains (".uk") -> their state; generic ones (".com", ".tv") are left out. */
  readonly tlds: ReadonlyMap<string, string>;
  /**
   * Folded names and aliases of organisations, parties and groups (those that need confirming too) -> their
   * ids: an employer read from a title ("BNP leader Nick Griffin") is that actor.
   */
  readonly byAlias: ReadonlyMap<string, readonly string[]>;
  /** Folded names of places and states: never the name of an organisation the text introduces ("HARTFORD, Conn. —"). */
  readonly placeNames: ReadonlySet<string>;
  /** Knowledge-base persons by office, keyed "<state id> <role>" ("GBR prime minister"), for "the prime minister said". */
  readonly officeHolders: PersonLookup['offices'];
}

const cache = new Map<string, Registry>();

/**
 * The registry with the user's entries applied, compiled once per distinct set
 * of entries. world-countries and the knowledge base are read here, on first
 * use, so importing the stage costs nothing.
 */
export function loadRegistry(entries: readonly RegistryEntry[] = []): Registry {
  const key = JSON.stringify(entries);
  let registry = cache.get(key);
  if (!registry) {
    // Compiled, the registry without user entries comes from the snapshot the build wrote (registry-snapshot.ts).
    registry = assembleRegistry((entries.length === 0 ? readRegistrySnapshot() : undefined) ?? compileRegistry(entries));
    cache.set(key, registry);
  }
  return registry;
}

/**
 * The registry as plain data, before its lookups are built: its tables as
 * they are, and the aliases and persons as filed. What the build's snapshot
 * holds (v8 serialises Maps and Sets as they are).
 */
export type RegistryData = Pick<Registry, 'actors' | 'ambiguous' | 'minOtherStates' | 'stateOf' | 'outlets' | 'tlds' | 'byAlias' | 'placeNames'> & {
  readonly trie: AliasFiling;
  readonly nouns: AliasFiling;
  readonly cues: AliasFiling;
  readonly persons: PersonFiling;
};

/** The registry's lookups over its data (which they consume). */
export function assembleRegistry(data: RegistryData): Registry {
  const { trie, nouns, cues, persons, ...tables } = data;
  const { bySurname, single, offices } = lookupPersons(persons, loadLexicon());
  return {
    ...tables,
    trie: createAliasTrie(trie),
    nouns: createAliasTrie(nouns),
    cues: createAliasTrie(cues),
    personsBySurname: bySurname,
    personAliases: single,
    officeHolders: offices,
  };
}

type AliasRecord = { alias: string; id: string; form: AliasForm; confirm?: boolean };

/** Reads world-countries, the knowledge base and the curated data, and applies the user's entries. */
export function compileRegistry(entries: readonly RegistryEntry[]): RegistryData {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries/countries.json') as (CountryRecord & { tld?: string[] })[];
  const states = statesFromCountries(countries, stateExtras);
  const actors = new Map<string, ActorDef>();
  const aliases: AliasRecord[] = [];
  const stateOf = new Map<string, string>();
  for (const state of states) {
    actors.set(state.id, { id: state.id, name: state.name, kind: 'state' });
    addStateAliases(state, aliases);
  }
  for (const [id, names] of Object.entries(institutions.institutions)) {
    for (const alias of names) aliases.push({ alias, id, form: 'institution' });
  }
  const curated = [...organisations.actors, ...groups.actors] as RegistryEntry[];
  const sameAs = curatedNames(curated);
  const personRecords = new Map<string, PersonRecord>();
  for (const entry of loadKnowledgeBase().entries) {
    if (entry.kind === 'place') {
      for (const alias of [entry.name, ...(entry.aliases ?? [])]) aliases.push({ alias, id: entry.id, form: 'place' });
      if (entry.state !== undefined) stateOf.set(entry.id, entry.state);
      continue;
    }
    if (entry.kind === 'person') {
      personRecords.set(entry.id, { id: entry.id, name: entry.name, kind: 'person', ...(entry.aliases ? { aliases: entry.aliases } : {}), ...(entry.affiliations ? { affiliations: entry.affiliations } : {}) });
      continue;
    }
    // A ministry speaks for its state ("the State Department said" is the United States).
    if (entry.category === 'ministry' && entry.state !== undefined) {
      for (const alias of [entry.name, ...(entry.aliases ?? [])]) aliases.push({ alias, id: entry.state, form: 'institution' });
      continue;
    }
    // A curated entry of the same name keeps its id, so config and tests that name it still work.
    const id = [entry.name, ...(entry.aliases ?? [])].map((name) => sameAs.get(fold(name))).find((found) => found !== undefined) ?? entry.id;
    const existing = actors.get(id);
    const parent = entry.affiliations?.find((a) => a.role === undefined)?.id;
    actors.set(id, { id, name: existing?.name ?? entry.name, kind: entry.kind, ...(entry.category !== undefined ? { category: entry.category } : {}), ...(entry.state !== undefined ? { state: entry.state } : {}), ...(parent !== undefined ? { parent } : {}) });
    if (entry.state !== undefined) stateOf.set(id, entry.state);
    // A name listed among the ambiguous aliases ("Conservative", a party of Honduras) needs confirming like them.
    const needConfirming = new Set(entry.ambiguousAliases ?? []);
    for (const alias of [entry.name, ...(entry.aliases ?? [])]) if (!needConfirming.has(alias)) aliases.push({ alias, id, form: 'name' });
    for (const alias of needConfirming) aliases.push({ alias, id, form: 'name', confirm: true });
  }
  for (const entry of [...curated, ...entries] as RegistryEntry[]) {
    const merged = mergeEntry(actors.get(entry.id), entry);
    actors.set(entry.id, merged);
    if (merged.kind === 'person') personRecords.set(entry.id, { ...personRecords.get(entry.id), ...entry, ...merged });
    else {
      for (const alias of [entry.name, ...(entry.aliases ?? [])]) aliases.push({ alias, id: entry.id, form: 'name' });
      // A seat ("Brussels") is a place after "in", like a state's capital.
      for (const seat of (entry as { seats?: string[] }).seats ?? []) aliases.push({ alias: seat, id: entry.id, form: 'capital' });
    }
  }
  // An organisation named after a place ("Liverpool" the club, "Chelsea") is the place after "in", like a capital.
  const placeNames = new Set(aliases.filter((a) => a.form === 'place').map((a) => a.alias));
  const foldedPlaces = new Set(aliases.filter((a) => a.form === 'place' || (a.form === 'name' && actors.get(a.id)?.kind === 'state')).map((a) => fold(a.alias)));
  // It needs confirming like a common word: "HARTFORD, Conn. —" is the city, not the insurer.
  for (const a of aliases) {
    if (a.form === 'name' && placeNames.has(a.alias) && actors.get(a.id)?.kind !== 'state') {
      a.form = 'capital';
      a.confirm = true;
    }
  }
  const ambiguousMap = new Map(Object.entries(ambiguous.aliases).map(([alias, cues]) => [fold(alias), cues]));
  const trie = createAliasTrie();
  for (const { alias, id, form, confirm } of aliases) {
    const target: AliasTarget = { actorId: id, form, ...(ambiguousMap.has(fold(alias)) ? { ambiguous: true } : {}), ...(confirm ? { confirm: true } : {}) };
    trie.add(alias, target);
  }
  for (const phrase of blockers.phrases) trie.add(phrase, { actorId: '', form: 'blocker' });
  const nouns = createAliasTrie();
  for (const noun of institutions.nouns) nouns.add(noun, { actorId: '', form: 'institution' });
  const cues = createAliasTrie();
  for (const [state, phrases] of Object.entries(homeCues.cues)) for (const phrase of phrases) cues.add(phrase, { actorId: state, form: 'cue' });
  const outlets = new Map(Object.entries(homeCues.outlets).flatMap(([state, names]) => names.map((name) => [fold(name), state] as const)));
  const generic = new Set(homeCues.genericTlds);
  // A domain shared by a state and a territory (".fr": France, Saint Martin) is the state's: the first listed.
  const tlds = new Map<string, string>();
  for (const c of countries) for (const tld of c.tld ?? []) if (!generic.has(tld) && !tlds.has(tld) && c.independent !== false) tlds.set(tld, c.cca3);
  const byAlias = new Map<string, string[]>();
  for (const { alias, id, form } of aliases) {
    if (form !== 'name' || actors.get(id)?.kind === 'state') continue;
    const ids = byAlias.get(fold(alias));
    if (!ids) byAlias.set(fold(alias), [id]);
    else if (!ids.includes(id)) ids.push(id);
  }
  return {
    actors,
    trie: trie.filed(),
    nouns: nouns.filed(),
    cues: cues.filed(),
    persons: filePersons([...personRecords.values()], actors, loadLexicon()),
    ambiguous: ambiguousMap,
    minOtherStates: ambiguous.minOtherStates,
    stateOf,
    outlets,
    tlds,
    byAlias,
    placeNames: foldedPlaces,
  };
}

/** Folded names and aliases of the curated organisations and groups -> their ids. */
function curatedNames(entries: readonly RegistryEntry[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const entry of entries) for (const name of [entry.name, ...(entry.aliases ?? [])]) if (!names.has(fold(name))) names.set(fold(name), entry.id);
  return names;
}

function addStateAliases(state: StateSeed, out: AliasRecord[]): void {
  for (const alias of state.names) out.push({ alias, id: state.id, form: 'name' });
  for (const alias of state.capitals) out.push({ alias, id: state.id, form: 'capital' });
  for (const alias of state.demonyms) out.push({ alias, id: state.id, form: 'demonym' });
  for (const alias of state.plurals) out.push({ alias, id: state.id, form: 'plural' });
}

function mergeEntry(existing: ActorDef | undefined, entry: RegistryEntry): ActorDef {
  const base = existing ?? { id: entry.id, name: entry.name, kind: entry.kind };
  return {
    ...base,
    name: entry.name,
    kind: entry.kind,
    ...(entry.affiliation !== undefined ? { affiliation: entry.affiliation } : {}),
    ...(entry.role !== undefined ? { role: entry.role } : {}),
  };
}
