import { join } from 'node:path';
import type { KbSource } from './kb-entry.js';
import type { PersonFacts } from './person-registry.js';
import { gitCommit } from './git-commit.js';
import { lastReadable } from './last-readable.js';
import { parseCsv } from './parse-csv.js';
import { peerNames } from './peer-names.js';
import { readGit } from './read-git.js';

const SINCE = '2000-01-01';
// parlparse's files that hold MPs. people.json, which replaced them, is over the
// snapshot's file-size limit, so the build reads the last version of each file that the
// snapshot holds: all-members.xml (MPs 1997-2009) and all-members-2010.xml (2010-2015).
const MEMBER_FILES = ['members/all-members.xml', 'members/all-members-2010.xml'];
// "still in office" in a file whose Parliament has since ended: the dissolution dates
// (https://en.wikipedia.org/wiki/Dissolution_of_the_Parliament_of_the_United_Kingdom).
const DISSOLVED: Record<string, string> = { 'members/all-members.xml': '2010-04-12', 'members/all-members-2010.xml': '2015-03-30' };
// The 2024 Parliament first sat after the general election of this date.
const CURRENT_FROM = '2024-07-04';
// Honorifics the Parliament data puts before some names.
const HONORIFIC = /^(Mr|Mrs|Ms|Miss|Dr|Sir|Dame) /;
// parlparse and Parliament party labels -> party ids of parties.json. Speakers and
// independents get no party.
const PARTIES: Record<string, string> = {
  Lab: 'party:gbr-labour', 'Lab/Co-op': 'party:gbr-labour', Labour: 'party:gbr-labour', 'Labour (Co-op)': 'party:gbr-labour',
  Con: 'party:gbr-conservative', Conservative: 'party:gbr-conservative',
  LDem: 'party:gbr-liberal-democrats', 'Liberal Democrat': 'party:gbr-liberal-democrats',
  SNP: 'party:gbr-scottish-national', 'Scottish National Party': 'party:gbr-scottish-national',
  PC: 'party:gbr-plaid-cymru', 'Plaid Cymru': 'party:gbr-plaid-cymru',
  DUP: 'party:gbr-democratic-unionist', 'Democratic Unionist Party': 'party:gbr-democratic-unionist',
  UUP: 'party:gbr-ulster-unionist', 'Ulster Unionist Party': 'party:gbr-ulster-unionist',
  SF: 'party:gbr-sinn-fein', 'Sinn Féin': 'party:gbr-sinn-fein',
  SDLP: 'party:gbr-sdlp', 'Social Democratic & Labour Party': 'party:gbr-sdlp',
  UKIP: 'party:gbr-ukip', Res: 'party:gbr-respect', Green: 'party:gbr-green', 'Green Party': 'party:gbr-green',
  Alliance: 'party:gbr-alliance', 'Reform UK': 'party:gbr-reform-uk', 'Traditional Unionist Voice': 'party:gbr-tuv',
};

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text: string): string => text.replace(/&(#x?[0-9a-f]+|\w+);/gi, (all, code: string) =>
  code.startsWith('#') ? String.fromCodePoint(code[1]?.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10)) : (ENTITIES[code] ?? all));
const attributes = (tag: string): Record<string, string> => Object.fromEntries([...tag.matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1], decode(m[2] ?? '')]));

/** What later UK readers need to key their records as this one does. */
export interface UkPeople {
  /** The parlparse person of a Parliament member id (MNIS, `datadotparl_id`), for MPs of 1997-2015. */
  readonly personOfMnis: ReadonlyMap<string, string>;
  /** parlparse person id -> the latest name parlparse knows (people.xml, 2015); peers included. */
  readonly latestName: ReadonlyMap<string, string>;
  /** parlparse persons read here as MPs. */
  readonly mps: ReadonlySet<string>;
}

/** PARTIES, for the other UK readers: a party label of the data -> a party id of parties.json. */
export const UK_PARTIES: Readonly<Record<string, string>> = PARTIES;

/** UK MPs serving from 2000 on (mysociety/parlparse) and the current House (Parliament's data, via dfe-analytical-services/mp-lookup). */
export async function readUkMps(sourcesDir: string): Promise<{ persons: PersonFacts[]; sources: KbSource[]; people: UkPeople }> {
  const gitDir = join(sourcesDir, 'mysociety+parlparse', 'repo');
  const persons: PersonFacts[] = [];
  const retrieved: string[] = [];
  const personOfMember = new Map<string, string>();
  const byDataId = new Map<string, string>();
  const latestName = new Map<string, string>();
  const mps = new Set<string>();
  const peopleCommit = await lastReadable(gitDir, 'members/people.xml');
  for (const match of (await readGit(gitDir, peopleCommit, 'members/people.xml', 'latin1')).matchAll(/<person\s([^>]*)>([\s\S]*?)<\/person>/g)) {
    const { id = '', latestname } = attributes(`<${match[1]}>`);
    if (latestname) latestName.set(id, latestname.trim());
    for (const office of (match[2] ?? '').matchAll(/<office id="([^"]+)"/g)) personOfMember.set(office[1] ?? '', id);
  }
  retrieved.push(`people.xml@${peopleCommit}`);
  for (const path of MEMBER_FILES) {
    const commit = await lastReadable(gitDir, path);
    retrieved.push(`${path.replace('members/', '')}@${commit}`);
    const raw = await readGit(gitDir, commit, path, 'latin1');
    const text = /encoding="utf-8"/i.test(raw.slice(0, 100)) ? await readGit(gitDir, commit, path) : raw;
    for (const tag of text.match(/<member\s[^>]*\/>/g) ?? []) {
      const m = attributes(tag);
      if (m.house && m.house !== 'commons') continue;
      const to = m.todate === '9999-12-31' ? DISSOLVED[path] : m.todate;
      if (!m.firstname || !m.lastname || !m.fromdate || !to || to < SINCE) continue;
      const person = personOfMember.get(m.id ?? '') ?? m.id ?? '';
      if (m.datadotparl_id) byDataId.set(m.datadotparl_id, person);
      mps.add(person);
      const party = PARTIES[m.party ?? ''];
      // A member since made a peer is "Lord Prescott" in later news.
      const peer = peerNames(latestName.get(person));
      persons.push({
        key: `parlparse:${person}`,
        name: `${m.firstname} ${m.lastname}`,
        ...(peer.length > 0 ? { aliases: peer } : {}),
        state: 'GBR',
        affiliations: [{ id: 'GBR', role: 'member of parliament', from: m.fromdate, to }, ...(party ? [{ id: party, from: m.fromdate, to }] : [])],
        source: 'parlparse',
      });
    }
  }
  const dfeDir = join(sourcesDir, 'dfe-analytical-services+mp-lookup', 'repo');
  const dfeCommit = await gitCommit(dfeDir, 'HEAD');
  for (const row of parseCsv(await readGit(dfeDir, dfeCommit, 'mp_lookup.csv')).sort((a, b) => Number(a.member_id) - Number(b.member_id))) {
    const shown = row.display_as?.trim();
    if (!shown) continue;
    // "Dr Rupa Huq", "Sir Keir Starmer": the honorific is no part of the name news uses
    // alone; "Sir"/"Dame" forms stay as aliases since news writes them.
    const name = shown.replace(HONORIFIC, '');
    const aliases = /^(Sir|Dame) /.test(shown) ? [shown] : [];
    const party = PARTIES[row.party_text ?? ''];
    const person = byDataId.get(row.member_id ?? '');
    persons.push({
      key: person ? `parlparse:${person}` : `parliament:${row.member_id}`,
      name,
      aliases,
      state: 'GBR',
      affiliations: [{ id: 'GBR', role: 'member of parliament', from: CURRENT_FROM }, ...(party ? [{ id: party, from: CURRENT_FROM }] : [])],
      source: person ? 'parlparse' : 'uk-parliament-members',
    });
  }
  return {
    persons,
    people: { personOfMnis: byDataId, latestName, mps },
    sources: [
      { id: 'parlparse', name: 'mysociety/parlparse (members/)', url: 'https://github.com/mysociety/parlparse', licence: 'Open Parliament Licence v3.0 (data); AGPL-3.0 (code, not used)', licenceUrl: 'https://www.parliament.uk/site-information/copyright-parliament/open-parliament-licence/', retrieved: retrieved.join(' '), note: 'House of Commons members 2000-2015 with parties and dates; people.json (which has later MPs) is over the snapshot file-size limit.' },
      { id: 'uk-parliament-members', name: 'UK Parliament Members API, via dfe-analytical-services/mp-lookup (mp_lookup.csv)', url: 'https://github.com/dfe-analytical-services/mp-lookup', licence: 'Open Parliament Licence v3.0', licenceUrl: 'https://www.parliament.uk/site-information/copyright-parliament/open-parliament-licence/', retrieved: dfeCommit, note: `Current MPs (name and party only), elected ${CURRENT_FROM} or later.` },
    ],
  };
}
