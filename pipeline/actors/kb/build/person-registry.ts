import type { EntryDraft, KbAffiliation } from './kb-entry.js';
import { foldName } from './fold-name.js';
import { slug } from './slug.js';

/** What a source knows of one person. */
export interface PersonFacts {
  /** A key unique within the source ("bioguide:S000148"), so one person's records merge. */
  readonly key?: string;
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly state?: string;
  readonly affiliations: readonly KbAffiliation[];
  readonly source: string;
}

/** The registry's operations. */
export interface PersonRegistry {
  /** Adds a source's record, merged into the person it names. */
  readonly add: (facts: PersonFacts) => EntryDraft;
  /** Every person, in the order first added. */
  readonly drafts: () => EntryDraft[];
}

/**
 * Collects persons from every source into one entry each. Records merge when they share a
 * source key, or when the folded name and home state agree ("Marco Rubio" the senator and
 * "Marco Rubio" the secretary of state) and the two do not carry different keys of the same
 * source (two MPs called Gareth Thomas stay two). Ids are slugs of the name; a second person
 * of the same name gets the state, then a counter, so ids depend only on the order of sources.
 */
export function personRegistry(): PersonRegistry {
  const byKey = new Map<string, EntryDraft>();
  const byName = new Map<string, EntryDraft>();
  const keysOf = new Map<EntryDraft, Set<string>>();
  const ids = new Set<string>();
  const list: EntryDraft[] = [];
  const nameKey = (name: string, state?: string): string => `${foldName(name)}|${state ?? '*'}`;
  const family = (key: string): string => key.slice(0, key.indexOf(':'));
  const clashes = (draft: EntryDraft, key?: string): boolean =>
    key !== undefined && [...(keysOf.get(draft) ?? [])].some((k) => family(k) === family(key) && k !== key);
  const add = (facts: PersonFacts): EntryDraft => {
    let draft = facts.key ? byKey.get(facts.key) : undefined;
    if (!draft) {
      const named = byName.get(nameKey(facts.name, facts.state)) ?? (facts.state ? byName.get(nameKey(facts.name)) : undefined);
      if (named && !clashes(named, facts.key) && (!facts.state || !named.state || named.state === facts.state)) draft = named;
    }
    if (!draft) {
      const base = `person:${slug(facts.name)}`;
      let id = base;
      if (ids.has(id) && facts.state) id = `${base}-${facts.state.toLowerCase()}`;
      for (let n = 2; ids.has(id); n++) id = `${base}${facts.state ? `-${facts.state.toLowerCase()}` : ''}-${n}`;
      ids.add(id);
      draft = { id, kind: 'person', name: facts.name, aliases: new Set(), ambiguousAliases: new Set(), affiliations: [], source: facts.source };
      if (facts.state) draft.state = facts.state;
      list.push(draft);
      keysOf.set(draft, new Set());
    } else if (facts.name !== draft.name) {
      draft.aliases.add(facts.name);
    }
    if (!draft.state && facts.state) draft.state = facts.state;
    if (facts.key) {
      byKey.set(facts.key, draft);
      keysOf.get(draft)?.add(facts.key);
    }
    for (const name of [facts.name, ...(facts.aliases ?? [])]) {
      for (const key of [nameKey(name, draft.state), nameKey(name)]) if (!byName.has(key)) byName.set(key, draft);
    }
    for (const alias of facts.aliases ?? []) draft.aliases.add(alias);
    draft.affiliations.push(...facts.affiliations);
    return draft;
  };
  return { add, drafts: () => list };
}
