import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { EntryDraft, KbSource } from './kb-entry.js';
import { foldName } from './fold-name.js';
import { personRegistry, type PersonFacts } from './person-registry.js';
import { readCongress } from './read-congress.js';
import { readCongressHistory } from './read-congress-history.js';
import { readOffices } from './read-offices.js';
import { readUkElected } from './read-uk-elected.js';
import { readUkMinisters } from './read-uk-ministers.js';
import { readUkMps } from './read-uk-mps.js';

const CURATED = fileURLToPath(new URL('./curated/', import.meta.url));

/**
 * Persons: members of Congress (and those who left before 2012), presidents and vice
 * presidents, UK MPs and government posts, then the curated office-holders (heads of state
 * and government, ministers, leaders of organisations and companies), merged into one
 * entry per person.
 */
export async function buildPersons(sourcesDir: string, variants: Readonly<Record<string, readonly string[]>>): Promise<{ drafts: EntryDraft[]; sources: KbSource[] }> {
  const registry = personRegistry(variants);
  const congress = await readCongress(sourcesDir);
  const history = await readCongressHistory(sourcesDir, new Set(congress.persons.flatMap((p) => (p.key ? [p.key] : []))));
  const uk = await readUkMps(sourcesDir);
  const elected = await readUkElected(sourcesDir, uk.people);
  const nameOf = new Map<string, string>();
  for (const facts of [...uk.persons, ...elected.persons]) if (facts.key && !nameOf.has(facts.key)) nameOf.set(facts.key, facts.name);
  const ministers = await readUkMinisters(sourcesDir, uk.people, nameOf);
  const officeFiles = readdirSync(join(CURATED, 'offices')).filter((f) => f.endsWith('.yaml')).sort().map((f) => join(CURATED, 'offices', f));
  const offices = readOffices(officeFiles, join(CURATED, 'persons.yaml'));
  // A curated senator or representative (a leader who left before 2012) carries exact
  // dates; the history's spans of that office, which end with a Congress, yield to them.
  const exact = new Set(offices.flatMap((o) => o.affiliations.filter((a) => a.role === 'senator' || a.role === 'representative').map((a) => `${foldName(o.name)}|${a.role}`)));
  const earlier = history.persons.map((p): PersonFacts => {
    const names = [p.name, ...(p.aliases ?? [])].map(foldName);
    return { ...p, affiliations: p.affiliations.filter((a) => !a.role || !names.some((n) => exact.has(`${n}|${a.role}`))) };
  });
  for (const facts of [...congress.persons, ...earlier, ...uk.persons, ...elected.persons, ...ministers.persons, ...offices]) registry.add(facts);
  // A source's display name that news does not use ("George Bush" for George W. Bush).
  const notes = (parse(readFileSync(join(CURATED, 'persons.yaml'), 'utf8')) ?? {}) as Record<string, { rename?: string }>;
  for (const draft of registry.drafts()) {
    const rename = notes[draft.name]?.rename;
    if (rename) { draft.aliases.add(draft.name); draft.aliases.delete(rename); draft.name = rename; }
  }
  const sources: KbSource[] = [
    ...congress.sources,
    ...history.sources,
    ...uk.sources,
    ...elected.sources,
    ...ministers.sources,
    { id: 'curated-offices', name: 'actor-digest curated office-holders (build/curated/offices/, persons.yaml)', url: 'https://en.wikipedia.org/', licence: 'CC-BY-SA-4.0', licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/', retrieved: 'curated', note: 'Curated: heads of state and government, foreign, finance, defence and interior ministers since 2000, leaders of international organisations and central banks, chief executives; each office cites the Wikipedia list it comes from.' },
  ];
  return { drafts: registry.drafts(), sources };
}
