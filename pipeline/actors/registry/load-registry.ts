import { createRequire } from 'node:module';
import type { RegistryEntry } from '../../types.js';
import { createAliasTrie, type AliasTrie } from './alias-trie.js';
import ambiguous from '../data/ambiguous.json' with { type: 'json' };
import blockers from '../data/blockers.json' with { type: 'json' };
import groups from '../data/groups.json' with { type: 'json' };
import institutions from '../data/institutions.json' with { type: 'json' };
import organisations from '../data/organisations.json' with { type: 'json' };
import persons from '../data/persons.json' with { type: 'json' };
import stateExtras from '../data/state-extras.json' with { type: 'json' };
import { fold } from '../scan/fold.js';
import { loadLexicon } from './lexicon.js';
import type { ActorDef, AliasForm, PersonDef } from '../model.js';
import { splitName } from '../scan/split-name.js';
import { tokenise } from '../scan/tokenise.js';
import { statesFromCountries, type CountryRecord, type StateSeed } from './states-from-countries.js';

/** The compiled registry: actors, one alias trie, persons by surname. */
export interface Registry {
  readonly actors: ReadonlyMap<string, ActorDef>;
  readonly trie: AliasTrie;
  /** Nouns that make a demonym or possessive stand for the state ("government"). */
  readonly nouns: AliasTrie;
  /** Registry persons (one record per spelling), by surname skeleton. */
  readonly personsBySurname: ReadonlyMap<string, readonly PersonDef[]>;
  /** Single-word person aliases ("Xi", "MBS"), folded -> person. */
  readonly personAliases: ReadonlyMap<string, PersonDef>;
  /** Ambiguous aliases (folded) -> the cues that confirm or refute them. */
  readonly ambiguous: ReadonlyMap<string, { readonly cues: readonly string[]; readonly negative: readonly string[] }>;
  /** How many other states an article must name to confirm an ambiguous state alias. */
  readonly minOtherStates: number;
}

const cache = new Map<string, Registry>();

/**
 * The registry with the user's entries applied, compiled once per distinct set
 * of entries. world-countries is read here, on first use, so importing the
 * stage costs nothing.
 */
export function loadRegistry(entries: readonly RegistryEntry[] = []): Registry {
  const key = JSON.stringify(entries);
  let registry = cache.get(key);
  if (!registry) {
    registry = build(entries);
    cache.set(key, registry);
  }
  return registry;
}

function build(entries: readonly RegistryEntry[]): Registry {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries/countries.json') as CountryRecord[];
  const states = statesFromCountries(countries, stateExtras);
  const actors = new Map<string, ActorDef>();
  const aliases: { alias: string; id: string; form: AliasForm }[] = [];
  for (const state of states) {
    actors.set(state.id, { id: state.id, name: state.name, kind: 'state' });
    addStateAliases(state, aliases);
  }
  for (const [id, names] of Object.entries(institutions.institutions)) {
    for (const alias of names) aliases.push({ alias, id, form: 'institution' });
  }
  const personRecords = new Map<string, RegistryEntry>();
  for (const entry of [...organisations.actors, ...groups.actors, ...persons.actors, ...entries] as RegistryEntry[]) {
    const merged = mergeEntry(actors.get(entry.id), entry);
    actors.set(entry.id, merged);
    if (merged.kind === 'person') personRecords.set(entry.id, { ...personRecords.get(entry.id), ...entry, ...merged });
    else {
      for (const alias of [entry.name, ...(entry.aliases ?? [])]) aliases.push({ alias, id: entry.id, form: 'name' });
      // A seat ("Brussels") is a place after "in", like a state's capital.
      for (const seat of (entry as { seats?: string[] }).seats ?? []) aliases.push({ alias: seat, id: entry.id, form: 'capital' });
    }
  }
  const ambiguousMap = new Map(Object.entries(ambiguous.aliases).map(([alias, cues]) => [fold(alias), cues]));
  const trie = createAliasTrie();
  for (const { alias, id, form } of aliases) trie.add(alias, { actorId: id, form, ...(ambiguousMap.has(fold(alias)) ? { ambiguous: true } : {}) });
  for (const phrase of blockers.phrases) trie.add(phrase, { actorId: '', form: 'blocker' });
  const nouns = createAliasTrie();
  for (const noun of institutions.nouns) nouns.add(noun, { actorId: '', form: 'institution' });
  const { bySurname, single } = indexPersons([...personRecords.values()]);
  return { actors, trie, nouns, personsBySurname: bySurname, personAliases: single, ambiguous: ambiguousMap, minOtherStates: ambiguous.minOtherStates };
}

function addStateAliases(state: StateSeed, out: { alias: string; id: string; form: AliasForm }[]): void {
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

function indexPersons(records: readonly RegistryEntry[]): { bySurname: Map<string, PersonDef[]>; single: Map<string, PersonDef> } {
  const lexicon = loadLexicon();
  const bySurname = new Map<string, PersonDef[]>();
  const single = new Map<string, PersonDef>();
  for (const record of records) {
    for (const spelling of [record.name, ...(record.aliases ?? [])]) {
      const words = tokenise(spelling).map((t) => t.raw);
      const keys = splitName(words, lexicon);
      const person: PersonDef = {
        id: record.id,
        name: record.name,
        ...(record.affiliation !== undefined ? { affiliation: record.affiliation } : {}),
        ...(record.role !== undefined ? { role: record.role } : {}),
        given: keys.given,
        surname: keys.surname,
        aliases: record.aliases ?? [],
      };
      if (words.length === 1) single.set(fold(spelling), person);
      else bySurname.set(keys.surname, [...(bySurname.get(keys.surname) ?? []), person]);
    }
  }
  return { bySurname, single };
}
