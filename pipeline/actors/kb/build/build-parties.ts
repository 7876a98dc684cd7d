import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { EntryDraft, KbSource } from './kb-entry.js';
import { alpha3Of } from './alpha3-of.js';
import { gitCommit } from './git-commit.js';
import { parseCsv } from './parse-csv.js';
import { readGit } from './read-git.js';
import { slug } from './slug.js';

// Parties that last stood before this year are history, not news.
const SINCE_YEAR = 2000;
// Best national vote share (%) a party needs to be kept: below it Party Facts lists many
// local lists and one-off alliances news never names. Regional parties that matter
// nationally (DUP, Plaid Cymru) are kept by the curated file whatever their share.
const MIN_SHARE = 0.5;
// Party Facts rows that are bookkeeping, not parties.
const TECHNICAL = new Set(['alliance', 'technical', '1 percent', 'unknown', 'independent', 'other', 'other right', 'other left']);
// An English translation is a name news uses only when it names a party as such; literal
// translations ("Voice" for Vox, "We Can" for Podemos) are not.
const PARTY_NOUN = /\b(Party|Union|Alliance|Front|Movement|Congress|League|Bloc|Coalition|Democrats|Socialists|Greens|Federation|Rally|Forum|List|Council|Assembly|Conference|Organisation|Organization)\b/;
// Short names kept as aliases: acronyms in capitals (with digits, slashes, hyphens, brackets).
const ACRONYM = /^[A-Z][A-Z0-9/()\-&.']*[A-Z0-9)]$/;
const LATIN = /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}\p{Sm}]+$/u;

interface Curated { id?: string; state?: string; name?: string; aliases?: string[]; ambiguousAliases?: string[]; url?: string }
interface CuratedFile { overrides: Record<string, Curated>; add: Curated[] }

const parts = (text: string): string[] => text.split(/\s+\/\s+|\s+--\s+/).map((s) => s.trim()).filter(Boolean);
const unbracket = (text: string): string => text.replace(/\s*\[[^\]]*\]\s*/g, ' ').replace(/\s+/g, ' ').trim();
const withBrackets = (text: string): string => text.replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim();

/** Political parties worldwide (Party Facts core parties and their Wikipedia names), with curated short forms. */
export async function buildParties(sourcesDir: string): Promise<{ drafts: EntryDraft[]; sources: KbSource[]; vouched: Set<string> }> {
  const alpha3 = new Set(alpha3Of().values());
  const curated = parse(readFileSync(new URL('./curated/parties.yaml', import.meta.url), 'utf8')) as CuratedFile;
  const gitDir = join(sourcesDir, 'hdigital+partyfactsdata', 'repo');
  const commit = await gitCommit(gitDir, 'HEAD');
  const core = parseCsv(await readGit(gitDir, commit, 'import/elecglob/partyfacts-core-parties.csv'));
  const wikipedia = new Map(parseCsv(await readGit(gitDir, commit, 'import/wikipedia/wikipedia.csv')).map((row) => [row.partyfacts_id, row]));
  const drafts: EntryDraft[] = [];
  const ids = new Set<string>();
  const vouched = new Set<string>();
  const curatedOf = new Map<EntryDraft, Set<string>>();
  const rows = core.filter((row) => {
    const id = row.partyfacts_id ?? '';
    if (curated.overrides[id]) return true;
    if (!alpha3.has(row.country ?? '') || row.technical || TECHNICAL.has((row.name_english ?? '').toLowerCase())) return false;
    if (row.year_last && Number(row.year_last) < SINCE_YEAR) return false;
    return row.share === '' || Number(row.share) >= MIN_SHARE;
  }).sort((a, b) => Number(a.partyfacts_id) - Number(b.partyfacts_id));
  const newId = (state: string, name: string, pf?: string): string => {
    const base = `party:${state.toLowerCase()}-${slug(name.replace(/\b(The|Party of|Party)\b/g, ' ')) || slug(name)}`;
    const id = ids.has(base) ? `${base}-${pf ?? drafts.length}` : base;
    ids.add(id);
    return id;
  };
  // Curated ids first, so an automatic id never takes one a curated entry names.
  for (const entry of [...Object.values(curated.overrides), ...curated.add]) if (entry.id) ids.add(entry.id);
  for (const row of rows) {
    const pf = row.partyfacts_id ?? '';
    const state = row.country ?? '';
    const over = curated.overrides[pf];
    const wiki = wikipedia.get(pf)?.name?.trim();
    const english = parts(row.name_english ?? '').map(unbracket);
    const name = over?.name ?? (wiki && LATIN.test(wiki) ? wiki : english.at(-1) ?? row.name ?? '');
    if (!name || !state) continue;
    const draft: EntryDraft = { id: over?.id ?? newId(state, name, pf), kind: 'organisation', category: 'party', name, aliases: new Set(), ambiguousAliases: new Set(), state, affiliations: [], source: over ? 'curated-parties' : 'partyfacts' };
    for (const text of [row.name_english ?? '', row.name ?? '']) {
      for (const part of parts(text)) {
        for (const form of new Set([unbracket(part), withBrackets(part)])) {
          if (!LATIN.test(form)) continue;
          if (text === row.name_english && !PARTY_NOUN.test(form)) continue;
          if (text === row.name && form.split(' ').length < 2) continue;
          draft.aliases.add(form);
        }
      }
    }
    if (wiki && wiki !== name && LATIN.test(wiki)) draft.aliases.add(wiki);
    for (const short of (row.name_short ?? '').split(/\s+\/\s+/)) if (ACRONYM.test(short) && short.length >= 2) draft.aliases.add(short);
    for (const alias of over?.aliases ?? []) { draft.aliases.add(alias); vouched.add(alias); }
    curatedOf.set(draft, new Set(over?.aliases ?? []));
    for (const alias of over?.ambiguousAliases ?? []) draft.ambiguousAliases.add(alias);
    for (const alias of over?.ambiguousAliases ?? []) draft.aliases.delete(alias);
    drafts.push(draft);
  }
  for (const add of curated.add) {
    if (!add.id || !add.state || !add.name) throw new Error(`Cannot read curated/parties.yaml: an added party needs id, state and name, got ${JSON.stringify(add)}`);
    const draft: EntryDraft = { id: add.id, kind: 'organisation', category: 'party', name: add.name, aliases: new Set(add.aliases ?? []), ambiguousAliases: new Set(add.ambiguousAliases ?? []), state: add.state, affiliations: [], source: 'curated-parties' };
    for (const alias of add.aliases ?? []) vouched.add(alias);
    curatedOf.set(draft, new Set(add.aliases ?? []));
    drafts.push(draft);
  }
  // An alias two parties share ("PSD", "SDP") needs the article's state to decide. A
  // curated alias wins over one derived from Party Facts ("Democrats" is the US party's;
  // another party's English name "Democrats" gives way); two curated holders both yield.
  const holders = new Map<string, EntryDraft[]>();
  for (const draft of drafts) for (const alias of draft.aliases) holders.set(alias, [...(holders.get(alias) ?? []), draft]);
  for (const draft of drafts) {
    for (const alias of [...draft.aliases]) {
      const others = (holders.get(alias) ?? []).filter((d) => d !== draft);
      const mine = curatedOf.get(draft)?.has(alias) ?? false;
      const contested = others.some((d) => curatedOf.get(d)?.has(alias)) || (!mine && others.length > 0);
      if (contested || alias.length <= 2) { draft.aliases.delete(alias); draft.ambiguousAliases.add(alias); }
    }
  }
  const sources: KbSource[] = [
    { id: 'partyfacts', name: 'Party Facts (partyfacts-core-parties.csv and its Wikipedia import)', url: 'https://github.com/hdigital/partyfactsdata', licence: 'MIT', licenceUrl: 'https://github.com/hdigital/partyfactsdata/blob/main/LICENSE.md', retrieved: commit, note: `Parties active since ${SINCE_YEAR} with a best vote share of ${MIN_SHARE}% or more: names, English names, acronyms, country. Döring and Regel (2019), Party Politics 25(2).` },
    { id: 'curated-parties', name: 'actor-digest curated party names (build/curated/parties.yaml)', url: 'https://en.wikipedia.org/', licence: 'CC-BY-SA-4.0', licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/', retrieved: 'curated', note: 'Curated: display names, short forms and nicknames (Tories, Lib Dems, GOP) of the main parties, each with the Wikipedia article it comes from.' },
  ];
  return { drafts, sources, vouched };
}
