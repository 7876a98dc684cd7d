import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { EntryDraft, KbSource } from './kb-entry.js';
import { foldName } from './fold-name.js';
import { gitCommit } from './git-commit.js';
import { parseCsv } from './parse-csv.js';
import { readGit } from './read-git.js';
import { $ } from 'zx';
import { slug } from './slug.js';

// Index constituent lists of yfiua/index-constituents read, with the home state of their
// companies. The Chinese A-share lists (csi300, sse, szse) carry Chinese names only, and
// nasdaq100 adds foreign listings under a US flag, so they are left out.
const INDEXES: readonly (readonly [file: string, state: string])[] = [
  ['docs/constituents-dowjones.csv', 'USA'],
  ['docs/constituents-dax.csv', 'DEU'],
  ['docs/constituents-ftse100.csv', 'GBR'],
  ['docs/constituents-ftsemib.csv', 'ITA'],
  ['docs/constituents-hsi.csv', 'CHN'],
];
// Legal forms and share classes news leaves out of a company's name.
const LEGAL_SUFFIX = /(,?\s+(Inc\.?|Incorporated|Corporation|Corp\.?|Company|Co\.?|plc|PLC|AG|SE|S\.A\.|SA|S\.p\.A\.|N\.V\.|NV|Ltd\.?|Limited|KGaA|& Co\.?|Co Ltd|Holdings?|\(Class [A-Z]\)|\(The\)))+$/;

/** A last word a company's name may gain or lose over the years ("Wal-Mart Stores"). */
const GENERIC_TAIL = /\s+(Stores|Companies|Group|Holdings|International|Industries|Enterprises)$/u;
/** A name's key with that word, hyphens, dots and spaces left out ("Wal-Mart Stores" and "Walmart": "walmart"). */
const looseKey = (name: string): string => foldName(name.replace(GENERIC_TAIL, '')).replace(/[-\s.]/gu, '');

/** The first year-end the S&P 500 list's history is read at (the snapshot's history starts in December 2012). */
const SP_HISTORY_FROM = 2012;

interface CuratedCompany { id?: string; name: string; aliases?: string[]; ambiguous?: string[]; state: string; url?: string }

// A legal name as a display name: without share classes and the index's "(The)".
const cleanLegal = (legal: string): string => legal.replace(/\s*\((Class [A-Z]|The)\)/g, '').replace(/(, Inc\.)\S+$/, '$1').trim();

const shortName = (legal: string): string => {
  let name = cleanLegal(legal).replace(/^The\s+/, '').replace(/,?\s+Inc\..*$/, '').replace(/\.com$/, '').trim();
  for (let previous = ''; previous !== name; ) { previous = name; name = name.replace(LEGAL_SUFFIX, '').trim(); }
  return name.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
};

/** Listed companies: S&P 500 (datasets/s-and-p-500-companies), other index lists (yfiua/index-constituents), curated large companies. */
export async function buildCompanies(sourcesDir: string, isCommonWord: (alias: string) => boolean): Promise<{ drafts: EntryDraft[]; sources: KbSource[]; vouched: Set<string> }> {
  const curated = parse(readFileSync(new URL('./curated/companies.yaml', import.meta.url), 'utf8')) as CuratedCompany[];
  const byKey = new Map<string, EntryDraft>();
  const byLoose = new Map<string, EntryDraft>();
  const drafts: EntryDraft[] = [];
  const vouched = new Set<string>();
  const add = (listed: string, state: string, source: string, past = false): void => {
    const legal = cleanLegal(listed);
    const short = shortName(legal);
    if (!short) return;
    const key = foldName(short);
    // "Air Products & Chemicals" of one year's list is "Air Products and Chemicals" of another's, and "Wal-Mart
    // Stores" of 2013 is today's "Walmart": one company under today's name.
    const existing = byKey.get(key) ?? drafts.find((d) => d.id === `co:${slug(short)}`) ?? byLoose.get(looseKey(short));
    if (existing) { if (legal !== existing.name && !existing.ambiguousAliases.has(legal)) existing.aliases.add(legal); return; }
    // A short name that is a dictionary word ("Apple", "Next", "Shell") cannot stand as
    // the name: the legal name does, and the short one needs context.
    // So can a name of two letters a past list alone vouches for ("CA", which is also California).
    const common = isCommonWord(short) || (past && short.length <= 2);
    const draft: EntryDraft = { id: `co:${slug(short)}`, kind: 'organisation', category: 'company', name: common ? legal : short, aliases: new Set(), ambiguousAliases: new Set(), state, affiliations: [], source };
    if (common) draft.ambiguousAliases.add(short);
    else if (legal !== short) draft.aliases.add(legal);
    byKey.set(key, draft);
    if (!byLoose.has(looseKey(short))) byLoose.set(looseKey(short), draft);
    drafts.push(draft);
  };
  const spDir = join(sourcesDir, 'datasets+s-and-p-500-companies', 'repo');
  const spCommit = await gitCommit(spDir, 'HEAD');
  for (const row of parseCsv(await readGit(spDir, spCommit, 'data/constituents.csv'))) add(row.Security ?? '', 'USA', 'sp500');
  // Companies that have left the index since are still the companies of older news (Viacom, Yahoo, Electronic
  // Arts): the list as it stood at the end of each year the snapshot's history covers, after today's names.
  const spYear = Number((await $({ quiet: true })`git --git-dir=${spDir} log -1 --format=%ad --date=format:%Y ${spCommit}`).stdout.trim());
  for (let year = SP_HISTORY_FROM; year < spYear; year += 1) {
    const commit = await gitCommit(spDir, spCommit, `${year}-12-31T23:59:59Z`).catch(() => undefined);
    if (commit === undefined) continue;
    for (const row of parseCsv(await readGit(spDir, commit, 'data/constituents.csv'))) add(row.Security ?? row.Name ?? '', 'USA', 'sp500', true);
  }
  const indexDir = join(sourcesDir, 'yfiua+index-constituents', 'repo');
  const indexCommit = await gitCommit(indexDir, 'HEAD');
  for (const [file, state] of INDEXES) for (const row of parseCsv(await readGit(indexDir, indexCommit, file))) add(row.Name ?? '', state, 'index-constituents');
  // Curated entries come last: one whose id (or name) matches a listed company overrides
  // its name and state and adds its aliases; the others are added.
  const ids = new Map(drafts.map((d) => [d.id, d]));
  for (const company of curated) {
    const id = company.id ?? `co:${slug(company.name)}`;
    const draft = ids.get(id) ?? [company.name, ...(company.aliases ?? [])].map((n) => byKey.get(foldName(shortName(n))) ?? byKey.get(foldName(n))).find(Boolean);
    if (draft) {
      if (draft.name !== company.name) draft.aliases.add(draft.name);
      draft.name = company.name;
      draft.state = company.state;
      draft.source = 'curated-companies';
      for (const alias of company.aliases ?? []) { draft.aliases.add(alias); vouched.add(alias); }
      for (const alias of company.ambiguous ?? []) { draft.ambiguousAliases.add(alias); draft.aliases.delete(alias); }
      draft.aliases.delete(company.name);
      continue;
    }
    if (ids.has(id)) throw new Error(`Cannot read curated/companies.yaml: id ${id} is given twice`);
    const added: EntryDraft = { id, kind: 'organisation', category: 'company', name: company.name, aliases: new Set(company.aliases ?? []), ambiguousAliases: new Set(company.ambiguous ?? []), state: company.state, affiliations: [], source: 'curated-companies' };
    for (const alias of company.aliases ?? []) vouched.add(alias);
    ids.set(id, added);
    byKey.set(foldName(company.name), added);
    drafts.push(added);
  }
  return {
    drafts,
    vouched,
    sources: [
      { id: 'sp500', name: 'datasets/s-and-p-500-companies (data/constituents.csv)', url: 'https://github.com/datasets/s-and-p-500-companies', licence: 'ODC-PDDL-1.0', licenceUrl: 'https://opendatacommons.org/licenses/pddl/1-0/', retrieved: spCommit, note: 'S&P 500 constituents today and at the end of each year since 2012 (from the file history): company names (short names derived by dropping legal forms).' },
      { id: 'index-constituents', name: 'yfiua/index-constituents (docs/constituents-*.csv)', url: 'https://github.com/yfiua/index-constituents', licence: 'Apache-2.0', licenceUrl: 'https://www.apache.org/licenses/LICENSE-2.0', retrieved: indexCommit, note: `Current constituents of ${INDEXES.map(([f]) => f.replace(/^docs\/constituents-|\.csv$/g, '')).join(', ')}: company names.` },
      { id: 'curated-companies', name: 'actor-digest curated companies (build/curated/companies.yaml)', url: 'https://en.wikipedia.org/', licence: 'CC-BY-SA-4.0', licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/', retrieved: 'curated', note: 'Curated: large companies of indexes no open list covers (CAC 40, Nikkei 225, KOSPI, TSX 60, ASX 50, Nifty 50, IBEX 35, AEX, SMI, Ibovespa, Euro Stoxx 50 and others) and short names news uses (BMW, S&P, Fiat), each with its Wikipedia article.' },
    ],
  };
}
