import { join } from 'node:path';
import type { KbAffiliation, KbSource } from './kb-entry.js';
import type { PersonFacts } from './person-registry.js';
import { gitCommit } from './git-commit.js';
import { mergeSpans } from './merge-spans.js';
import { newsName } from './news-name.js';
import { parseCsv } from './parse-csv.js';
import { readGit } from './read-git.js';

// The 101st Congress (1989-1991): members who left in the decade before 2000, where the knowledge base's
// offices start, are still the people news of the 2000s names ("former House Speaker Newt Gingrich").
const FIRST_CONGRESS = 101;
// legislators-historical.csv lives on the gh-pages branch of congress-legislators (the
// YAML file with every term is over the snapshot's size limit; the CSV, one row per
// member with the last term only, is not).
const HISTORICAL_REV = 'gh-pages';
const HISTORICAL_FILE = 'legislators-historical.csv';
const TERMS_FILE = 'congress-age/congress-terms.csv';
const ROLES: Record<string, string> = { house: 'representative', senate: 'senator' };
const PARTIES: Record<string, string> = { D: 'party:usa-democratic', R: 'party:usa-republican' };
const INITIAL = /^\p{Lu}\.$/u;

/** A Congress sits from noon on 3 January of an odd year for two years (20th Amendment). */
const congressStart = (congress: number): string => `${1787 + 2 * congress}-01-03`;

/**
 * Members of Congress who left before congress-legislators' history of
 * legislators-current.yaml begins (2012): every member who sat in a Congress from the
 * 101st on, one span per Congress (fivethirtyeight/data, congress-age/congress-terms.csv,
 * up to the 113th), named as congress-legislators' legislators-historical.csv names them
 * (nickname, Wikipedia title). Members `known` by bioguide id from the current file are
 * left out: their terms there are exact, while these end with the Congress they sat in
 * (a member who resigned mid-Congress is dated to its end).
 */
export async function readCongressHistory(sourcesDir: string, known: ReadonlySet<string>): Promise<{ persons: PersonFacts[]; sources: KbSource[] }> {
  const termsDir = join(sourcesDir, 'fivethirtyeight+data', 'repo');
  const termsCommit = await gitCommit(termsDir, 'HEAD');
  const legislatorsDir = join(sourcesDir, 'unitedstates+congress-legislators', 'repo');
  const historicalCommit = await gitCommit(legislatorsDir, HISTORICAL_REV);
  const names = new Map(parseCsv(await readGit(legislatorsDir, historicalCommit, HISTORICAL_FILE)).map((row) => [row.bioguide_id ?? '', row]));
  const rows = new Map<string, Record<string, string>[]>();
  for (const row of parseCsv(await readGit(termsDir, termsCommit, TERMS_FILE))) {
    const congress = Number(row.congress);
    const id = row.bioguide ?? '';
    if (!(congress >= FIRST_CONGRESS) || !id || !ROLES[row.chamber ?? ''] || known.has(`bioguide:${id}`)) continue;
    rows.set(id, [...(rows.get(id) ?? []), row]);
  }
  const persons: PersonFacts[] = [];
  for (const id of [...rows.keys()].sort()) {
    const terms = rows.get(id)!;
    const first = terms[0]!;
    const named = names.get(id);
    const formal = named?.first_name || first.firstname || '';
    const second = named?.middle_name ?? first.middlename ?? '';
    const last = named?.last_name || first.lastname || '';
    const suffix = named?.suffix ?? first.suffix ?? '';
    // "J. Dennis Hastert" goes by his middle name: an initial is no given name.
    const initial = INITIAL.test(formal) && second !== '';
    const given = initial ? second : formal;
    const middle = initial ? '' : second;
    const nick = named?.nickname || given;
    // News names a member as the encyclopedia's title does ("Chris Dodd", "Joe Sestak").
    const name = newsName(named?.wikipedia_id, last) ?? `${nick} ${last}`;
    const aliases = new Set([`${given} ${last}`, `${nick} ${last}`, ...(initial ? [`${formal} ${second} ${last}`] : []), ...(middle ? [`${given} ${middle} ${last}`, `${nick} ${middle} ${last}`] : [])]);
    if (suffix) for (const alias of [...aliases]) aliases.add(`${alias} ${suffix}`);
    aliases.delete(name);
    const affiliations: KbAffiliation[] = [];
    for (const term of terms) {
      const congress = Number(term.congress);
      const span = { from: congressStart(congress), to: congressStart(congress + 1) };
      affiliations.push({ id: 'USA', role: ROLES[term.chamber ?? '']!, ...span });
      const party = PARTIES[term.party ?? ''];
      if (party) affiliations.push({ id: party, ...span });
    }
    persons.push({ key: `bioguide:${id}`, name, aliases: [...aliases].sort(), state: 'USA', affiliations: mergeSpans(affiliations), source: 'fivethirtyeight-congress' });
  }
  return {
    persons,
    sources: [
      { id: 'fivethirtyeight-congress', name: 'fivethirtyeight/data (congress-age/congress-terms.csv)', url: 'https://github.com/fivethirtyeight/data/tree/master/congress-age', licence: 'CC-BY-4.0', licenceUrl: 'https://creativecommons.org/licenses/by/4.0/', retrieved: termsCommit, note: `Members of Congress of the ${FIRST_CONGRESS}st-113th Congresses (1989-2014) who had left before 2012: chamber, party and the Congresses they sat in (dated by each Congress's start and end).` },
      { id: 'congress-legislators-historical', name: `unitedstates/congress-legislators (${HISTORICAL_FILE}, ${HISTORICAL_REV} branch)`, url: 'https://github.com/unitedstates/congress-legislators', licence: 'CC0-1.0', licenceUrl: 'https://creativecommons.org/publicdomain/zero/1.0/', retrieved: historicalCommit, note: 'Names of former members of Congress (given name, nickname, surname, suffix, Wikipedia title), by bioguide id, for the members read from fivethirtyeight/data.' },
    ],
  };
}
