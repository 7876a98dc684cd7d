import { slugify } from '../persons/slugify.js';

/** The part of a world-countries record the registry reads. */
export interface CountryRecord {
  readonly cca3: string;
  readonly independent?: boolean | null;
  readonly unMember?: boolean;
  readonly name: { readonly common: string; readonly official: string };
  readonly altSpellings?: readonly string[];
  readonly capital?: readonly string[];
  readonly demonyms?: { readonly eng?: { readonly m?: string; readonly f?: string } };
}

/** The additions file (data/state-extras.json). */
export interface StateExtras {
  readonly states: Record<string, { name?: string; aliases?: string[]; capitals?: string[]; demonyms?: string[]; plurals?: string[] }>;
  readonly skipCapitals: readonly string[];
  readonly shortAliasesKept: readonly string[];
}

/** One state, with every name the registry will match. */
export interface StateSeed {
  readonly id: string;
  readonly name: string;
  readonly names: readonly string[];
  readonly capitals: readonly string[];
  readonly demonyms: readonly string[];
  readonly plurals: readonly string[];
}

/** Territories that are not independent but are treated as states in the news. */
const STATES_BEYOND_INDEPENDENT = new Set(['PSE', 'UNK', 'TWN', 'ESH']);

const STATE_REGEXPS = {
  latin: /^[\p{Script=Latin}\s.'’(),-]+$/u,
  pluralizable: /(an|i)$/,
} as const;

/**
 * Every state of world-countries (independent, UN member, or a disputed state
 * the news treats as one) with its names, capitals and demonyms; a name or
 * demonym shared by two states ("Congolese") is left out as ambiguous.
 */
export function statesFromCountries(countries: readonly CountryRecord[], extras: StateExtras): StateSeed[] {
  const skipCapitals = new Set(extras.skipCapitals);
  const keepShort = new Set(extras.shortAliasesKept);
  const seeds = countries
    .filter((c) => c.independent === true || c.unMember === true || STATES_BEYOND_INDEPENDENT.has(c.cca3))
    .map((c): StateSeed => {
      const extra = extras.states[c.cca3] ?? {};
      const names = [c.name.common, c.name.official, ...(c.altSpellings ?? []), ...(extra.aliases ?? [])].filter(
        (n) => STATE_REGEXPS.latin.test(n) && (n.length > 2 || keepShort.has(n)),
      );
      const demonyms = [c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(extra.demonyms ?? [])].filter((d): d is string => !!d);
      const capitals = [...(c.capital ?? []), ...(extra.capitals ?? [])].filter((n) => !skipCapitals.has(n));
      const plurals = [...demonyms.filter((d) => STATE_REGEXPS.pluralizable.test(d)).map((d) => `${d}s`), ...(extra.plurals ?? [])];
      return { id: c.cca3, name: extra.name ?? c.name.common, names: unique(names), capitals: unique(capitals), demonyms: unique(demonyms), plurals: unique(plurals) };
    });
  return dropShared(seeds);
}

function dropShared(seeds: StateSeed[]): StateSeed[] {
  const owners = new Map<string, Set<string>>();
  for (const seed of seeds) {
    for (const alias of [...seed.names, ...seed.capitals, ...seed.demonyms, ...seed.plurals]) {
      const key = slugify(alias);
      owners.set(key, (owners.get(key) ?? new Set()).add(seed.id));
    }
  }
  const own = (alias: string): boolean => (owners.get(slugify(alias))?.size ?? 0) === 1;
  return seeds.map((s) => ({ ...s, names: s.names.filter(own), capitals: s.capitals.filter(own), demonyms: s.demonyms.filter(own), plurals: s.plurals.filter(own) }));
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
