import { join } from 'node:path';
import { parse } from 'yaml';
import { $ } from 'zx';
import type { KbAffiliation, KbSource } from './kb-entry.js';
import type { PersonFacts } from './person-registry.js';
import { gitCommit } from './git-commit.js';
import { newsName } from './news-name.js';
import { readGit } from './read-git.js';

// Terms that ended before this date are left out: the knowledge base covers 2000 on.
const SINCE = '2000-01-01';
// legislators-historical.yaml is over the snapshot's file-size limit, so members who
// left are read from legislators-current.yaml as it stood at these intervals (months):
// every member serving at any of these moments since the repository began (2012-09) is
// found with all their terms. Half a Congress is short enough to catch nearly everyone.
const SNAPSHOT_MONTHS = 6;
// Consecutive terms of one office merge when the next starts within this many days: the
// data ends some terms at their Congress's adjournment sine die, up to seven weeks before
// the next Congress sits (the 107th adjourned on 2002-11-22, the 108th met on 2003-01-07).
const MAX_GAP_DAYS = 60;
// The repository's first legislators-current.yaml is of 2012-09-27.
const FIRST_SNAPSHOT = '2012-10-01';
const ROLES: Record<string, string> = { sen: 'senator', rep: 'representative', prez: 'president', viceprez: 'vice president' };
// Party labels in the data -> party ids of parties.json.
const PARTIES: Record<string, string> = { Democrat: 'party:usa-democratic', Republican: 'party:usa-republican', Libertarian: 'party:usa-libertarian' };

interface Term { type: string; start: string; end: string; state?: string; party?: string }
interface Legislator { id: { bioguide?: string; govtrack?: number; wikipedia?: string }; name: { first: string; middle?: string; last: string; suffix?: string; nickname?: string; official_full?: string }; terms: Term[] }

const days = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / 86_400_000;

function spans(terms: readonly { id: string; role?: string; from: string; to: string }[], asOf: string): KbAffiliation[] {
  const out: { id: string; role?: string; from: string; to: string }[] = [];
  for (const term of [...terms].sort((a, b) => (a.from < b.from ? -1 : 1))) {
    const last = out.findLast((s) => s.id === term.id && s.role === term.role);
    if (last && days(last.to, term.from) <= MAX_GAP_DAYS) last.to = term.to > last.to ? term.to : last.to;
    else out.push({ ...term });
  }
  // A term still running at the snapshot is ongoing: its scheduled end is no fact yet.
  return out.map(({ id, role, from, to }) => ({ id, ...(role ? { role } : {}), from, ...(to > asOf ? {} : { to }) }));
}

function personOf(person: Legislator, asOf: string): PersonFacts | undefined {
  const terms = person.terms.filter((t) => t.end >= SINCE);
  if (terms.length === 0) return undefined;
  const { middle, last, suffix, nickname, official_full: full } = person.name;
  // "Zachary (Zach)": the bracketed nickname is no part of the given name.
  const first = person.name.first.replace(/\s*\(.*\)$/, '');
  const given = nickname ?? first;
  // News names a member as the encyclopedia's title does ("Dick Durbin" for Richard J. Durbin).
  const name = newsName(person.id.wikipedia, last) ?? `${given} ${last}`;
  const aliases = new Set<string>([`${first} ${last}`, `${given} ${last}`, ...(full ? [full] : []), ...(middle ? [`${first} ${middle} ${last}`, `${given} ${middle} ${last}`] : [])]);
  if (suffix) for (const alias of [...aliases, name]) if (!alias.endsWith(suffix)) aliases.add(`${alias} ${suffix}`);
  aliases.delete(name);
  const offices = terms.map((t) => ({ id: 'USA', role: ROLES[t.type] ?? t.type, from: t.start, to: t.end }));
  const parties = terms.flatMap((t) => (t.party && PARTIES[t.party] ? [{ id: PARTIES[t.party] as string, from: t.start, to: t.end }] : []));
  const key = person.id.bioguide ? `bioguide:${person.id.bioguide}` : `govtrack:${person.id.govtrack ?? name}`;
  return { key, name, aliases: [...aliases].sort(), state: 'USA', affiliations: [...spans(offices, asOf), ...spans(parties, asOf)], source: 'congress-legislators' };
}

/**
 * When each member last left legislators-current.yaml: one pass over the file's history,
 * reading the bioguide ids each commit removed and added (a member moved within the file
 * is both, and stays).
 */
async function departures(gitDir: string, head: string): Promise<Map<string, string>> {
  const log = await $({ quiet: true })`git --git-dir=${gitDir} log --reverse --first-parent --format=@@%cs -p --unified=0 ${head} -- legislators-current.yaml`;
  const gone = new Map<string, string>();
  let date = '';
  let removed = new Set<string>();
  let added = new Set<string>();
  const flush = (): void => {
    for (const id of removed) if (!added.has(id)) gone.set(id, date);
    for (const id of added) if (!removed.has(id)) gone.delete(id);
  };
  for (const line of log.stdout.split('\n')) {
    if (line.startsWith('@@') && !line.startsWith('@@ ')) { flush(); date = line.slice(2); removed = new Set(); added = new Set(); continue; }
    const match = /^([-+])\s+bioguide: (\w+)/.exec(line);
    if (match) (match[1] === '-' ? removed : added).add(match[2] as string);
  }
  flush();
  return gone;
}

/** Members of Congress serving from 2000 on, presidents and vice presidents (unitedstates/congress-legislators). */
export async function readCongress(sourcesDir: string): Promise<{ persons: PersonFacts[]; sources: KbSource[] }> {
  const gitDir = join(sourcesDir, 'unitedstates+congress-legislators', 'repo');
  const head = await gitCommit(gitDir, 'HEAD');
  const headDate = (await $({ quiet: true })`git --git-dir=${gitDir} log -1 --format=%cs ${head}`).stdout.trim();
  // Only the newest snapshot has terms still running; in an older one a member's last
  // term is the one they left in, so its scheduled end stands.
  const commits: { commit: string; asOf: string }[] = [];
  const seen = new Set<string>();
  for (let d = new Date(`${FIRST_SNAPSHOT}T00:00:00Z`); d.toISOString().slice(0, 10) < headDate; d.setUTCMonth(d.getUTCMonth() + SNAPSHOT_MONTHS)) {
    const commit = await gitCommit(gitDir, head, d.toISOString().slice(0, 10)).catch(() => undefined);
    if (commit && commit !== head && !seen.has(commit)) { seen.add(commit); commits.push({ commit, asOf: '9999-12-31' }); }
  }
  commits.push({ commit: head, asOf: headDate });
  // The latest snapshot that lists a member has all their terms; earlier ones only some.
  const latest = new Map<string, { person: Legislator; asOf: string }>();
  for (const { commit, asOf } of commits) {
    for (const person of parse(await readGit(gitDir, commit, 'legislators-current.yaml')) as Legislator[]) {
      latest.set(person.id.bioguide ?? String(person.id.govtrack), { person, asOf });
    }
  }
  const left = await departures(gitDir, head);
  const persons: PersonFacts[] = [];
  for (const key of [...latest.keys()].sort()) {
    const { person, asOf } = latest.get(key)!;
    // A member who left mid-term (resigned, died, appointed) is gone from the file from
    // that day: the last term ends then, not at its scheduled end.
    const gone = left.get(key);
    if (gone) {
      const lastTerm = person.terms.at(-1);
      if (lastTerm && gone < lastTerm.end) lastTerm.end = gone;
    }
    const facts = personOf(person, asOf);
    if (facts) persons.push(facts);
  }
  for (const person of (parse(await readGit(gitDir, head, 'executive.yaml')) as Legislator[]).filter((p) => p.terms.some((t) => t.end >= SINCE))) {
    const facts = personOf(person, headDate);
    if (facts) persons.push(facts);
  }
  return {
    persons,
    sources: [{ id: 'congress-legislators', name: 'unitedstates/congress-legislators', url: 'https://github.com/unitedstates/congress-legislators', licence: 'CC0-1.0', licenceUrl: 'https://creativecommons.org/publicdomain/zero/1.0/', retrieved: head, note: `Members of Congress with terms and parties (legislators-current.yaml as of HEAD and every ${SNAPSHOT_MONTHS} months since ${FIRST_SNAPSHOT}, since the historical file exceeds the snapshot limit), presidents and vice presidents (executive.yaml); terms from ${SINCE} on.` }],
  };
}
