import { createRequire } from 'node:module';
import { join } from 'node:path';
import { $ } from 'zx';
import type { EntryDraft, KbSource } from './kb-entry.js';
import { foldName } from './fold-name.js';
import { gitCommit } from './git-commit.js';
import { readGit } from './read-git.js';
import { slug } from './slug.js';

// Top divisions read from openfootball/football.json (every season it holds, 2010-11 on),
// with the state of their clubs. England's Premier League before 2010 comes from
// openfootball/england, whose fixture files go back to 2000-01.
const LEAGUES: Record<string, string> = { en: 'GBR', sco: 'GBR', de: 'DEU', es: 'ESP', it: 'ITA', fr: 'FRA', nl: 'NLD', pt: 'PRT', tr: 'TUR', be: 'BEL' };
const ENGLAND_SEASONS = { from: 2000, to: 2009 };
// openfootball/clubs folders of the countries whose clubs can be matched, by state
// (Welsh clubs play in the English league).
const CLUB_FOLDERS: Record<string, string> = {
  england: 'GBR', wales: 'GBR', scotland: 'GBR', 'northern-ireland': 'GBR', germany: 'DEU', spain: 'ESP', italy: 'ITA', france: 'FRA', netherlands: 'NLD',
  portugal: 'PRT', turkey: 'TUR', belgium: 'BEL', austria: 'AUT', switzerland: 'CHE', greece: 'GRC', russia: 'RUS', ukraine: 'UKR', croatia: 'HRV',
  'czech-republic': 'CZE', denmark: 'DNK', sweden: 'SWE', norway: 'NOR', poland: 'POL', romania: 'ROU', serbia: 'SRB', bulgaria: 'BGR', cyprus: 'CYP',
  hungary: 'HUN', monaco: 'MCO', slovakia: 'SVK', slovenia: 'SVN', israel: 'ISR', belarus: 'BLR', kazakhstan: 'KAZ', azerbaijan: 'AZE',
};
// Champions League teams carry their country's FIFA code: the home nations of the UK
// have their own, the rest are mostly the IOC codes world-countries knows.
const HOME_NATIONS: Record<string, string> = { ENG: 'GBR', SCO: 'GBR', WAL: 'GBR', NIR: 'GBR' };
// Legal prefixes and suffixes English-language news leaves out of a British club's name ("Arsenal FC" -> "Arsenal").
const CLUB_FORM = /^(?:AFC|FC) | (?:AFC|FC)$/g;
// Fixture lines of openfootball's text format: "  15.00  Charlton Athletic   4-0 (2-0)  Manchester City".
const FIXTURE = /^\s+(?:\d{1,2}[.:]\d{2}\s+)?(\S.*?)\s+\d+-\d+(?:\s+\(\d+-\d+\))?\s+(\S.*?)\s*$/;

// Words that tell a club's legal form or founding year apart, not the club: a season's
// "FC St. Pauli 1910" is the clubs list's "FC St. Pauli".
const FORMS = new Set(['fc', 'afc', 'cf', 'sc', 'sv', 'ac', 'cd', 'ud', 'rc', 'rcd', 'ss', 'ssc', 'us', 'as', 'ogc', 'fk', 'pfc', 'sk', 'bk', 'if', 'st', 'saint', 'sankt']);
const looseKey = (name: string): string => foldName(name).split(' ').filter((w) => !/^\d+$/.test(w) && !FORMS.has(w)).join(' ');

interface Club { name: string; aliases: string[]; state: string }

/**
 * A club's name without clipped words ("Bor. Mönchengladbach" -> "Borussia Mönchengladbach",
 * "Zenit St. Petersburg" -> "Zenit Saint Petersburg"): an alias of as many words that ends
 * the same, else the name without its clipped words ("1. FC Köln" -> "FC Köln").
 */
function plainName(club: Club): string {
  if (!club.name.includes('.')) return club.name;
  const words = club.name.split(' ');
  const same = club.aliases.find((a) => a.split(' ').length === words.length && a.split(' ').at(-1) === words.at(-1));
  return same ?? words.filter((w) => !w.includes('.')).join(' ');
}

/** Records of an openfootball clubs file: "Name, year, @ Stadium, City" and "| alias | alias" lines. */
function parseClubs(text: string, state: string): Club[] {
  const clubs: Club[] = [];
  let current: Club | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/##.*$/, '').replace(/\s#\s.*$/, '').replace(/\s+$/, '');
    if (line.trim() === '' || /^\s*[#=]/.test(line)) continue;
    if (/^\s*\|/.test(line)) {
      // A club's former names ("Woolwich Arsenal FC  # old name before season 1914/5") are history, not aliases.
      if (/#\s*old name/i.test(raw)) continue;
      // Names in another language ("Bayern Munich [en]" is kept, "AC Mailand [de]" not)
      // and clipped forms with dots ("Man. United") are no names news writes.
      for (const part of line.split('|').map((p) => p.trim()).filter(Boolean)) {
        const tag = /\[(\w+)\]$/.exec(part)?.[1];
        const alias = part.replace(/\s*\[\w+\]$/, '').trim();
        if (current && alias && (!tag || tag === 'en') && !/[.()]/.test(alias)) current.aliases.push(alias);
      }
      continue;
    }
    // A reserve side ("ii) Real Madrid B") and its aliases are left out.
    if (/^\s*ii\)/.test(line) || /^\s/.test(line)) { current = undefined; continue; }
    const name = line.split(',')[0]!.replace(/\s*\(\d{4}-\d{4}\)$/, '').trim();
    current = name ? { name, aliases: [], state } : undefined;
    if (current) clubs.push(current);
  }
  return clubs;
}

/**
 * Football clubs (organisations, category "club"): every club that played in the top
 * division of England since 2000-01 or of Scotland, Germany, Spain, Italy, France, the
 * Netherlands, Portugal, Turkey and Belgium in the seasons openfootball holds (2010-11
 * on), and every Champions League side of those seasons, named and aliased as
 * openfootball/clubs names them ("Manchester United", "Man Utd"). A name `isTaken` by a
 * place, state or other entry ("Liverpool", "Barcelona", "Bayer") or that several clubs
 * share needs context: the display name then keeps the club's form ("Liverpool FC") and
 * the bare one goes to the ambiguous aliases.
 */
export async function buildClubs(sourcesDir: string, isTaken: (name: string) => boolean): Promise<{ drafts: EntryDraft[]; sources: KbSource[] }> {
  const clubsDir = join(sourcesDir, 'openfootball+clubs', 'repo');
  const clubsCommit = await gitCommit(clubsDir, 'HEAD');
  const seasonsDir = join(sourcesDir, 'openfootball+football.json', 'repo');
  const seasonsCommit = await gitCommit(seasonsDir, 'HEAD');
  const englandDir = join(sourcesDir, 'openfootball+england', 'repo');
  const englandCommit = await gitCommit(englandDir, 'HEAD');
  const require = createRequire(import.meta.url);
  const ioc = new Map((require('world-countries') as { cca3: string; cioc?: string }[]).flatMap((c) => (c.cioc ? [[c.cioc, c.cca3] as const] : [])));

  // Every club of the listed countries, findable by any of its names within its state.
  const byName = new Map<string, Club>();
  // The same by loose key, where only one club has it.
  const byLoose = new Map<string, Club | null>();
  const files = (await $({ quiet: true })`git --git-dir=${clubsDir} ls-tree -r --name-only ${clubsCommit} -- europe`).stdout.split('\n');
  for (const file of files.filter((f) => /^europe\/[^/]+\/[a-z]+\.clubs\.txt$/.test(f)).sort()) {
    const state = CLUB_FOLDERS[file.split('/')[1] ?? ''];
    if (!state) continue;
    for (const club of parseClubs(await readGit(clubsDir, clubsCommit, file), state)) {
      for (const name of [club.name, ...club.aliases]) {
        const key = `${state}|${foldName(name)}`;
        if (!byName.has(key)) byName.set(key, club);
        // Also under any state: a league can hold a club of another (AS Monaco plays in France).
        for (const loose of [`${state}|${looseKey(name)}`, `*|${looseKey(name)}`]) byLoose.set(loose, byLoose.has(loose) && byLoose.get(loose) !== club ? null : club);
      }
    }
  }

  // The teams of each season, with their state.
  const teams: { team: string; state: string }[] = [];
  const seasonFiles = (await $({ quiet: true })`git --git-dir=${seasonsDir} ls-tree -r --name-only ${seasonsCommit}`).stdout.split('\n').filter(Boolean).sort();
  for (const file of seasonFiles) {
    const league = /^\d{4}-\d{2}\/([a-z]+)\.1\.json$/.exec(file)?.[1];
    const cup = /^\d{4}-\d{2}\/uefa\.cl\.json$/.test(file);
    if (!(league && LEAGUES[league]) && !cup) continue;
    const data = JSON.parse(await readGit(seasonsDir, seasonsCommit, file)) as { matches?: { team1?: string; team2?: string }[] };
    for (const match of data.matches ?? []) {
      for (const team of [match.team1, match.team2]) {
        if (!team) continue;
        if (league) { teams.push({ team, state: LEAGUES[league]! }); continue; }
        // "Olympiakos Piraeus (GRE)"
        const [, name, code] = /^(.*\S)\s+\(([A-Z]{3})\)$/.exec(team) ?? [];
        const state = code ? (HOME_NATIONS[code] ?? ioc.get(code)) : undefined;
        if (name && state) teams.push({ team: name, state });
      }
    }
  }
  for (let year = ENGLAND_SEASONS.from; year <= ENGLAND_SEASONS.to; year++) {
    const season = `${year}-${String((year + 1) % 100).padStart(2, '0')}`;
    for (const line of (await readGit(englandDir, englandCommit, `${season}/1-premierleague.txt`)).split('\n')) {
      const match = FIXTURE.exec(line);
      if (match) for (const team of [match[1]!, match[2]!]) teams.push({ team, state: 'GBR' });
    }
  }

  // One club per distinct club; a team the clubs list does not know stands as the season names it.
  const chosen = new Map<Club, Set<string>>();
  for (const { team, state } of teams) {
    const key = `${state}|${foldName(team)}`;
    const club = byName.get(key) ?? byLoose.get(`${state}|${looseKey(team)}`) ?? byLoose.get(`*|${looseKey(team)}`) ?? { name: team, aliases: [], state };
    if (!byName.has(key)) byName.set(key, club);
    if (!chosen.has(club)) chosen.set(club, new Set());
    if (team !== club.name) chosen.get(club)!.add(team);
  }
  const shared = new Map<string, number>();
  for (const club of chosen.keys()) for (const name of new Set([club.name, ...club.aliases].map(foldName))) shared.set(name, (shared.get(name) ?? 0) + 1);
  const drafts: EntryDraft[] = [];
  const ids = new Set<string>();
  for (const [club, seen] of chosen) {
    const names = [...new Set([club.name, ...club.aliases, ...seen].filter((n) => !n.includes('.')))];
    const needsContext = (name: string): boolean => isTaken(name) || (shared.get(foldName(name)) ?? 0) > 1;
    const short = club.state === 'GBR' ? club.name.replace(CLUB_FORM, '').trim() : plainName(club);
    // "Liverpool" is a city: the club stays "Liverpool FC", or the name of another of its forms.
    const name = !needsContext(short) ? short : !needsContext(club.name) ? club.name : (names.find((n) => n.includes(short) && !needsContext(n)) ?? `${short} FC`);
    let id = `org:club-${slug(club.name)}`;
    for (let n = 2; ids.has(id); n++) id = `org:club-${slug(club.name)}-${n}`;
    ids.add(id);
    const draft: EntryDraft = { id, kind: 'organisation', category: 'club', name, aliases: new Set(), ambiguousAliases: new Set(), state: club.state, affiliations: [], source: 'openfootball' };
    for (const alias of names) (needsContext(alias) ? draft.ambiguousAliases : draft.aliases).add(alias);
    draft.aliases.delete(name);
    drafts.push(draft);
  }
  return {
    drafts,
    sources: [{ id: 'openfootball', name: 'openfootball: clubs, football.json, england', url: 'https://github.com/openfootball', licence: 'CC0-1.0', licenceUrl: 'https://creativecommons.org/publicdomain/zero/1.0/', retrieved: `clubs@${clubsCommit} football.json@${seasonsCommit} england@${englandCommit}`, note: `Football clubs of the top divisions of ${Object.keys(LEAGUES).join(', ')} (football.json seasons; England since ${ENGLAND_SEASONS.from}-${String((ENGLAND_SEASONS.from + 1) % 100).padStart(2, '0')}) and Champions League sides, with their names and aliases from openfootball/clubs.` }],
  };
}
