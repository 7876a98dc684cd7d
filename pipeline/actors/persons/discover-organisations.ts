import { createAliasTrie, type AliasTrie } from '../registry/alias-trie.js';
import type { Lexicon } from '../registry/lexicon.js';
import type { Registry } from '../registry/load-registry.js';
import { fold } from '../scan/fold.js';
import type { ActorDef, PersonMention } from '../model.js';
import { slugify } from './slugify.js';

/** Organisations the text names as a person's employer, as actors plus a trie to find them again. */
export interface Discovered {
  /** "org:<name>" affiliation key -> actor. */
  readonly byKey: ReadonlyMap<string, ActorDef>;
  /** Their names, to match elsewhere in the set ("Siemens said"); undefined when none. */
  readonly trie?: AliasTrie;
}

/**
 * Turns organisation names read from titles ("Siemens chief executive Roland
 * Busch", "chief executive of Acme Corp") or introduced in the text ("rival
 * carrier Ryanair", `named`) into actors of kind organisation,
 * or group when the name ends like a party or movement ("Labour Party").
 * Registry actors always win: a discovered name that is also a registry alias
 * never gets here.
 */
/** "Boeing Commercial Airplanes": a division of a known company is that company, not an organisation of its own. */
function startsWithCompany(name: string, registry: Registry): boolean {
  const words = name.split(' ');
  for (let n = words.length - 1; n >= 1; n -= 1) {
    if ((registry.byAlias.get(fold(words.slice(0, n).join(' '))) ?? []).some((id) => registry.actors.get(id)?.category === 'company')) return true;
  }
  return false;
}

export function discoverOrganisations(persons: readonly PersonMention[], named: readonly string[], lexicon: Lexicon, registry: Registry): Discovered {
  const byKey = new Map<string, ActorDef>();
  const names = [...persons.flatMap((p) => (p.organisation !== undefined ? [p.organisation] : [])), ...named];
  // One organisation per name however it is written: "N.A.A.C.P." is "NAACP"; "Jupiter" is "Jupiter Research"
  // when the set names both.
  const bySpelling = new Map<string, ActorDef>();
  const longest = (name: string): string => names.filter((other) => other.startsWith(`${name} `)).sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0] ?? name;
  // "Emanuel's deputy, Jim Messina": a possessive surname of someone the set names in full is that person's.
  const surnames = new Set(persons.filter((p) => p.given.length > 0).map((p) => fold(p.name.split(' ').at(-1) ?? '')));
  for (const name of names) {
    const key = `org:${name}`;
    // A name the registry knows (one that needed confirming: "BNP") is that actor, not a new one.
    if (byKey.has(key) || registry.byAlias.has(fold(name)) || registry.placeNames.has(fold(name)) || startsWithCompany(name, registry) || surnames.has(fold(name))) continue;
    const full = name.includes(' ') ? name : longest(name);
    const spelling = fold(full).replaceAll('.', '');
    let def = bySpelling.get(spelling);
    if (!def) {
      const last = full.split(' ').at(-1) ?? '';
      def = { id: slugify(full), name: full, kind: lexicon.groupSuffixes.has(last) ? 'group' : 'organisation' };
      bySpelling.set(spelling, def);
    }
    byKey.set(key, def);
  }
  if (byKey.size === 0) return { byKey };
  const trie = createAliasTrie();
  for (const [key, def] of byKey) {
    trie.add(def.name, { actorId: def.id, form: 'name' });
    trie.add(key.slice('org:'.length), { actorId: def.id, form: 'name' });
  }
  return { byKey, trie };
}
