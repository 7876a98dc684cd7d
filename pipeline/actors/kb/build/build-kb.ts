/**
 * Rebuilds the knowledge base in pipeline/actors/kb/ from fetched public sources.
 *
 *   npm run build:kb -- [--sources DIR] [--packages DIR]
 *
 * --sources   folder of fetched repository snapshots, one bare git directory per
 *             repository at <owner>+<name>/repo (env KB_SOURCES; default /work/.mirror)
 * --packages  folder where the npm data packages are installed (env KB_PACKAGES;
 *             default /work/scratch/kb-packages)
 *
 * The same sources give byte-identical files. See README.md beside this script.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { argv, chalk } from 'zx';
import type { EntryDraft, KbEntry, KbSource } from './kb-entry.js';
import { buildClubs } from './build-clubs.js';
import { buildCompanies } from './build-companies.js';
import { buildCuratedEntries } from './build-curated-entries.js';
import { buildNameVariants } from './build-name-variants.js';
import { buildParties } from './build-parties.js';
import { buildPersons } from './build-persons.js';
import { buildPlaces } from './build-places.js';
import { commonWordTest } from './common-word-test.js';
import { finishEntry } from './finish-entry.js';
import { foldName } from './fold-name.js';
import { writeKbFile } from './write-kb-file.js';
import { writeVariants } from './write-variants.js';

const DEFAULT_SOURCES = '/work/.mirror';
const DEFAULT_PACKAGES = '/work/scratch/kb-packages';
const OUT_DIR = fileURLToPath(new URL('..', import.meta.url));

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
// Curated files of organisations.json: file, default category, source id.
const CURATED_ORGANISATIONS: readonly (readonly [string, string, string])[] = [
  ['organisations.yaml', 'international', 'curated-organisations'],
  ['public-bodies.yaml', 'institution', 'curated-public-bodies'],
  ['media.yaml', 'media', 'curated-media'],
  ['civil-society.yaml', 'ngo', 'curated-civil-society'],
  ['universities.yaml', 'university', 'curated-universities'],
];

/** Common and official English names of every state (world-countries). */
function countryNames(): string[] {
  const require = createRequire(import.meta.url);
  return (require('world-countries') as { name: { common: string; official: string } }[]).flatMap((c) => [c.name.common, c.name.official]);
}

function finish(drafts: readonly EntryDraft[], isCommonWord: (alias: string) => boolean, vouched: ReadonlySet<string>): KbEntry[] {
  const ids = new Set<string>();
  for (const draft of drafts) {
    if (ids.has(draft.id)) throw new Error(`Cannot build the knowledge base: id ${draft.id} is given twice`);
    ids.add(draft.id);
  }
  return drafts.map((draft) => finishEntry(draft, isCommonWord, vouched)).sort((a, b) => compare(a.id, b.id));
}

async function main(): Promise<void> {
  const sourcesDir = String(argv.sources ?? process.env.KB_SOURCES ?? DEFAULT_SOURCES);
  const packagesDir = String(argv.packages ?? process.env.KB_PACKAGES ?? DEFAULT_PACKAGES);
  const isCommonWord = commonWordTest();
  const sources: KbSource[] = [];
  const files: Record<string, KbEntry[]> = {};

  const places = await buildPlaces(sourcesDir, packagesDir, isCommonWord);
  sources.push(...places.sources);
  files['places.json'] = finish(places.drafts, isCommonWord, new Set());
  const parties = await buildParties(sourcesDir);
  sources.push(...parties.sources);
  files['parties.json'] = finish(parties.drafts, isCommonWord, parties.vouched);
  const names = await buildNameVariants(sourcesDir);
  sources.push(...names.sources);
  const persons = await buildPersons(sourcesDir, names.variants);
  sources.push(...persons.sources);
  files['persons.json'] = finish(persons.drafts, isCommonWord, new Set());

  const companies = await buildCompanies(sourcesDir, isCommonWord);
  sources.push(...companies.sources);
  files['companies.json'] = finish(companies.drafts, isCommonWord, companies.vouched);
  const organisations = { drafts: [] as EntryDraft[], vouched: new Set<string>() };
  for (const [file, category, source] of CURATED_ORGANISATIONS) {
    const read = buildCuratedEntries(new URL(`./curated/${file}`, import.meta.url), 'organisation', category, source);
    organisations.drafts.push(...read.drafts);
    for (const alias of read.vouched) organisations.vouched.add(alias);
  }
  // A club named like a place, a state, a party, a company or an organisation
  // ("Liverpool", "Barcelona", "Bayer") needs context.
  const taken = new Set([...places.drafts, ...parties.drafts, ...companies.drafts, ...organisations.drafts].flatMap((d) => [d.name, ...d.aliases, ...d.ambiguousAliases]).concat(countryNames()).map(foldName));
  const clubs = await buildClubs(sourcesDir, (name) => taken.has(foldName(name)));
  sources.push(...clubs.sources);
  const leagueTeams = buildCuratedEntries(new URL('./curated/clubs.yaml', import.meta.url), 'organisation', 'club', 'curated-clubs');
  files['organisations.json'] = finish([...organisations.drafts, ...clubs.drafts, ...leagueTeams.drafts], isCommonWord, new Set([...organisations.vouched, ...leagueTeams.vouched]));
  const groups = buildCuratedEntries(new URL('./curated/groups.yaml', import.meta.url), 'group', 'armed-group', 'curated-groups');
  files['groups.json'] = finish(groups.drafts, isCommonWord, groups.vouched);
  sources.push(
    { id: 'curated-organisations', name: 'actor-digest curated organisations (build/curated/organisations.yaml)', url: 'https://en.wikipedia.org/', licence: 'CC-BY-SA-4.0', licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/', retrieved: 'curated', note: 'Curated: international organisations, EU institutions, central banks and national institutions that act as actors, with abbreviations, each with its Wikipedia article.' },
    { id: 'curated-public-bodies', name: 'actor-digest curated public bodies (build/curated/public-bodies.yaml)', url: 'https://en.wikipedia.org/', licence: 'CC-BY-SA-4.0', licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/', retrieved: 'curated', note: 'Curated: government departments, regulators, statistics offices, agencies, devolved legislatures and armed forces of the UK, the US and other large states, EU agencies, each with its Wikipedia article.' },
    { id: 'curated-media', name: 'actor-digest curated news media (build/curated/media.yaml)', url: 'https://en.wikipedia.org/', licence: 'CC-BY-SA-4.0', licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/', retrieved: 'curated', note: 'Curated: broadcasters, newspapers, magazines and news agencies, with the listed company that owns them, each with its Wikipedia article.' },
    { id: 'curated-civil-society', name: 'actor-digest curated civil society (build/curated/civil-society.yaml)', url: 'https://en.wikipedia.org/', licence: 'CC-BY-SA-4.0', licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/', retrieved: 'curated', note: 'Curated: NGOs and charities, advocacy groups, think tanks, trade unions and business groups, each with its Wikipedia article.' },
    { id: 'curated-universities', name: 'actor-digest curated universities (build/curated/universities.yaml)', url: 'https://en.wikipedia.org/', licence: 'CC-BY-SA-4.0', licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/', retrieved: 'curated', note: 'Curated: major universities of the US, the UK and other large states, each with its Wikipedia article.' },
    { id: 'curated-clubs', name: 'actor-digest curated league teams (build/curated/clubs.yaml)', url: 'https://en.wikipedia.org/', licence: 'CC-BY-SA-4.0', licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/', retrieved: 'curated', note: 'Curated: the teams of the NFL, NBA, MLB and NHL, with former names since 2000 and compound nicknames (Red Sox) as names that need context, each league with its Wikipedia article.' },
    { id: 'curated-groups', name: 'actor-digest curated armed groups (build/curated/groups.yaml)', url: 'https://en.wikipedia.org/', licence: 'CC-BY-SA-4.0', licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/', retrieved: 'curated', note: 'Curated: armed groups and militant organisations with their other names, each with its Wikipedia article (no open actor list was available as a repository).' },
  );

  for (const [file, entries] of Object.entries(files)) {
    writeKbFile(join(OUT_DIR, file), 'entries', entries);
    console.log(`${chalk.green(file)}: ${entries.length} entries`);
  }
  writeVariants(join(OUT_DIR, 'given-names.json'), names.variants);
  console.log(`${chalk.green('given-names.json')}: ${Object.keys(names.variants).length} names`);
  writeKbFile(join(OUT_DIR, 'sources.json'), 'sources', [...sources].sort((a, b) => compare(a.id, b.id)));
}

await main();
