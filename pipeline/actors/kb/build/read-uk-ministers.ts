import { join } from 'node:path';
import { $ } from 'zx';
import type { KbSource } from './kb-entry.js';
import type { PersonFacts } from './person-registry.js';
import type { UkPeople } from './read-uk-mps.js';
import { lastReadable } from './last-readable.js';
import { peerNames } from './peer-names.js';
import { readGit } from './read-git.js';

const SINCE = '2000-01-01';
// parlparse's government posts of both Houses (from Parliament's data). The file has grown
// past the snapshot's size limit since 2020, so its last readable version is read.
const FILE = 'members/ministers-2010.json';
const GOVERNMENT_POST = 'datadotparl/governmentpost';
// "Secretary of State for X" is "the X secretary" in news; these departments have names of their own.
// Law officers are written without the hyphen in news ("attorney general").
const HYPHENATED = /^(attorney|solicitor)-general$/;
const DEPARTMENTS: Record<string, string> = {
  'home department': 'home', 'foreign and commonwealth affairs': 'foreign', foreign: 'foreign', wales: 'welsh', scotland: 'scottish',
  'exiting the european union': 'brexit',
};

interface Membership { id: string; source?: string; role?: string; person_id: string; start_date: string; end_date?: string }

/**
 * A post's title as news gives it: "The Secretary of State for the Home Department" is
 * "home secretary", "Minister of State (Home Office) (Security)" "minister of state";
 * other titles lose their department in brackets or after a comma.
 */
function newsRole(title: string): string {
  const role = title.trim().replace(/^the /i, '').split(/ \(|, /)[0]!.toLowerCase().replace(/\s+/g, ' ').trim();
  // "Lord Chancellor and Secretary of State for Justice", "Secretary of State for
  // Constitutional Affairs and Lord Chancellor": the department is what lies between.
  const department = /^(?:[a-z ]+ and )?secretary of state for (?:the )?(.+?)(?: and lord chancellor)?$/.exec(role)?.[1];
  if (department) return `${DEPARTMENTS[department] ?? department} secretary`;
  return HYPHENATED.test(role) ? role.replace('-', ' ') : role;
}

/**
 * Government posts since 2000, juniors included (ministers of state, under-secretaries,
 * whips, law officers), from parlparse's copy of Parliament's government posts as the
 * snapshot last holds them (to October 2020). A post still held then is dated to that
 * snapshot, since when it ended is not known here. Holders are keyed as readUkMps keys
 * them and named by parlparse (peers too) or by `nameOf` (members first elected later).
 */
export async function readUkMinisters(sourcesDir: string, people: UkPeople, nameOf: ReadonlyMap<string, string>): Promise<{ persons: PersonFacts[]; sources: KbSource[] }> {
  const gitDir = join(sourcesDir, 'mysociety+parlparse', 'repo');
  const commit = await lastReadable(gitDir, FILE);
  const asOf = (await $({ quiet: true })`git --git-dir=${gitDir} log -1 --format=%cs ${commit}`).stdout.trim();
  const data = JSON.parse(await readGit(gitDir, commit, FILE)) as { memberships?: Membership[] };
  if (!Array.isArray(data.memberships)) throw new Error(`Cannot read ${FILE} at ${commit}: it has no memberships list`);
  const persons: PersonFacts[] = [];
  for (const post of data.memberships) {
    if (post.source !== GOVERNMENT_POST || !post.role || (post.end_date ?? asOf) < SINCE) continue;
    const person = post.person_id;
    const mnis = /\/Member\/(\d+)\//.exec(post.id)?.[1];
    const parlparse = people.mps.has(person) ? person : mnis ? people.personOfMnis.get(mnis) : undefined;
    const key = parlparse ? `parlparse:${parlparse}` : mnis && nameOf.has(`parliament:${mnis}`) ? `parliament:${mnis}` : `parlparse:${person}`;
    const name = nameOf.get(key) ?? people.latestName.get(person);
    if (!name) continue;
    const aliases = peerNames(people.latestName.get(person)).filter((alias) => alias !== name);
    persons.push({
      key,
      name,
      ...(aliases.length > 0 ? { aliases } : {}),
      state: 'GBR',
      affiliations: [{ id: 'GBR', role: newsRole(post.role), from: post.start_date, to: post.end_date ?? asOf }],
      source: 'parlparse-ministers',
    });
  }
  return {
    persons,
    sources: [{ id: 'parlparse-ministers', name: `mysociety/parlparse (${FILE})`, url: 'https://github.com/mysociety/parlparse', licence: 'Open Parliament Licence v3.0 (data); AGPL-3.0 (code, not used)', licenceUrl: 'https://www.parliament.uk/site-information/copyright-parliament/open-parliament-licence/', retrieved: commit, note: `UK government posts held since ${SINCE} (ministers of state, under-secretaries, whips, law officers, cabinet), from Parliament's data, as of ${asOf}; the file has since grown past the snapshot file-size limit.` }],
  };
}
