import { join } from 'node:path';
import type { KbAffiliation, KbSource } from './kb-entry.js';
import type { PersonFacts } from './person-registry.js';
import type { UkPeople } from './read-uk-mps.js';
import { gitCommit } from './git-commit.js';
import { parseCsv } from './parse-csv.js';
import { readGit } from './read-git.js';

// The Parliaments parlparse's readable files do not cover: elected 2015, 2017 and 2019
// (the 56th-58th). The 2024 House comes from the current members list.
const PARLIAMENTS = [56, 57, 58] as const;
const DATA = 'db/data';
// The general-election candidacy files carry no header row: their columns, in order
// (the by-election files name the same columns in a header, with the election date first).
const GENERAL_COLUMNS = ['ONS ID', 'ONS region ID', 'Constituency name', 'County name', 'Region name', 'Country name', 'Constituency type', 'Party name', 'Party abbreviation', 'Electoral Commission party ID', 'MNIS party ID', 'Electoral Commission adjunct party ID', 'Candidate first name', 'Candidate surname', 'Candidate gender', 'Sitting MP', 'Former MP', 'Member MNIS ID', 'Votes', 'Share', 'Change'];
// Party abbreviations of the results -> party ids of parties.json. The Speaker (Spk),
// independents and small parties get none.
const PARTIES: Record<string, string> = {
  Con: 'party:gbr-conservative', Lab: 'party:gbr-labour', LD: 'party:gbr-liberal-democrats', SNP: 'party:gbr-scottish-national',
  PC: 'party:gbr-plaid-cymru', DUP: 'party:gbr-democratic-unionist', UUP: 'party:gbr-ulster-unionist', SF: 'party:gbr-sinn-fein',
  SDLP: 'party:gbr-sdlp', Green: 'party:gbr-green', UKIP: 'party:gbr-ukip', APNI: 'party:gbr-alliance',
};

/** "07/05/2015" -> "2015-05-07". */
const isoDate = (date: string): string => {
  const [d, m, y] = date.trim().split('/');
  if (!d || !m || !y || !/^\d{4}$/.test(y)) throw new Error(`Cannot read a date "${date}" of ukparliament/psephology`);
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
};

const column = (row: Record<string, string>, ...names: string[]): string => names.map((n) => row[n]).find((v) => v !== undefined)?.trim() ?? '';

interface Seat { member: string; name: string; party?: string; from: string }

/**
 * MPs of the Parliaments elected in 2015, 2017 and 2019 (ukparliament/psephology, the
 * House of Commons Library's results): each constituency's winner at the general election
 * and at every by-election, from polling day to the next by-election in the seat or the
 * dissolution, with the party they stood for. Records are keyed as readUkMps keys them
 * (parlparse person for MPs it knows, else the Parliament member id), so a member's spans
 * of several sources join. A member who changed party between elections keeps the party
 * they were elected for.
 */
export async function readUkElected(sourcesDir: string, people: UkPeople): Promise<{ persons: PersonFacts[]; sources: KbSource[] }> {
  const gitDir = join(sourcesDir, 'ukparliament+psephology', 'repo');
  const commit = await gitCommit(gitDir, 'HEAD');
  const periods = new Map<number, { elected: string; dissolved: string }>();
  for (const line of (await readGit(gitDir, commit, `${DATA}/parliament_periods.csv`)).split('\n')) {
    const [number, elected, , , dissolved] = line.split(',');
    if (PARLIAMENTS.includes(Number(number) as (typeof PARLIAMENTS)[number]) && elected && dissolved) periods.set(Number(number), { elected: isoDate(elected), dissolved: isoDate(dissolved) });
  }
  const persons: PersonFacts[] = [];
  for (const parliament of PARLIAMENTS) {
    const period = periods.get(parliament);
    if (!period) throw new Error(`Cannot read ukparliament/psephology: parliament_periods.csv has no dates for Parliament ${parliament}`);
    const general = await readGit(gitDir, commit, `${DATA}/results-by-parliament/${parliament}/general-election/candidacies.csv`);
    const rows = parseCsv(`${GENERAL_COLUMNS.join(',')}\n${general.replace(/^\uFEFF/, '')}`).map((row) => ({ ...row, date: period.elected }));
    const byElections = parseCsv(await readGit(gitDir, commit, `${DATA}/results-by-parliament/${parliament}/by-elections/candidacies.csv`)).map((row) => ({ ...row, date: isoDate(column(row, 'Election date')) }));
    // Each contest's winner, in polling order: a seat's member sits until the next winner.
    const contests = new Map<string, Record<string, string>[]>();
    for (const row of [...rows, ...byElections]) {
      const key = `${row.date}|${column(row, 'ONS ID', 'ONS ID2')}`;
      contests.set(key, [...(contests.get(key) ?? []), row]);
    }
    const seats = new Map<string, Seat[]>();
    for (const key of [...contests.keys()].sort()) {
      const winner = contests.get(key)!.reduce((a, b) => (Number(column(b, 'Votes')) > Number(column(a, 'Votes')) ? b : a));
      const mnis = column(winner, 'Member MNIS ID');
      const name = `${column(winner, 'Candidate first name')} ${column(winner, 'Candidate surname')}`.replace(/\s+/g, ' ').trim();
      if (!mnis || !name) throw new Error(`Cannot read ukparliament/psephology: the winner of ${key} in Parliament ${parliament} has no member id or name`);
      const party = PARTIES[column(winner, 'Party abbreviation')];
      const [date = '', constituency = ''] = key.split('|');
      seats.set(constituency, [...(seats.get(constituency) ?? []), { member: mnis, name, ...(party ? { party } : {}), from: date }]);
    }
    for (const members of seats.values()) {
      members.forEach((seat, i) => {
        const to = members[i + 1]?.from ?? period.dissolved;
        const person = people.personOfMnis.get(seat.member);
        const affiliations: KbAffiliation[] = [{ id: 'GBR', role: 'member of parliament', from: seat.from, to }, ...(seat.party ? [{ id: seat.party, from: seat.from, to }] : [])];
        persons.push({ key: person ? `parlparse:${person}` : `parliament:${seat.member}`, name: seat.name, state: 'GBR', affiliations, source: 'uk-election-results' });
      });
    }
  }
  return {
    persons,
    sources: [{ id: 'uk-election-results', name: 'ukparliament/psephology (db/data/results-by-parliament, parliament_periods.csv)', url: 'https://github.com/ukparliament/psephology', licence: 'Open Parliament Licence v3.0', licenceUrl: 'https://www.parliament.uk/site-information/copyright-parliament/open-parliament-licence/', retrieved: commit, note: `House of Commons Library election results: winners of the general elections and by-elections of Parliaments ${PARLIAMENTS.join(', ')} (2015-2024), with their party, Parliament member id and dates.` }],
  };
}
