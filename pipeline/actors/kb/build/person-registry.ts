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
  /** The source writes names as news does (curated): on a merge by given-name variant its name becomes the display name. */
  readonly preferName?: boolean;
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
export function personRegistry(variants: Readonly<Record<string, readonly string[]>> = {}): PersonRegistry {
  // Given names that stand for each other ("nick" and "nicholas"), both ways.
  const related = new Map<string, Set<string>>();
  for (const [formal, nicks] of Object.entries(variants)) {
    for (const nick of nicks) {
      for (const [a, b] of [[formal, nick], [nick, formal]] as const) {
        if (!related.has(a)) related.set(a, new Set());
        related.get(a)!.add(b);
      }
    }
  }
  const bySurname = new Map<string, EntryDraft[]>();
  const splitName = (name: string): [string, string] => {
    const words = foldName(name).split(' ');
    return [words[0] ?? '', words.slice(1).join(' ')];
  };
  // A source that writes "Nicholas Clegg" and one that writes "Nick Clegg": same surname,
  // same state, given names that are variants of each other, and only one such person.
  const byVariant = (facts: PersonFacts): EntryDraft | undefined => {
    const [given, rest] = splitName(facts.name);
    if (!rest || !facts.state) return undefined;
    const candidates = (bySurname.get(`${rest}|${facts.state}`) ?? []).filter((d) => related.get(given)?.has(splitName(d.name)[0]) && !clashes(d, facts.key));
    return candidates.length === 1 ? candidates[0] : undefined;
  };
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
    if (!draft && facts.preferName) {
      draft = byVariant(facts);
      if (draft) {
        draft.aliases.add(draft.name);
        draft.aliases.delete(facts.name);
        draft.name = facts.name;
        // The id follows the name news uses, when that id is free.
        const id = `person:${slug(facts.name)}`;
        if (!ids.has(id)) { ids.delete(draft.id); ids.add(id); draft.id = id; }
      }
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
      if (facts.state) {
        const key = `${splitName(facts.name)[1]}|${facts.state}`;
        bySurname.set(key, [...(bySurname.get(key) ?? []), draft]);
      }
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
