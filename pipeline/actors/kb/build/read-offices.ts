import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { KbAffiliation } from './kb-entry.js';
import type { PersonFacts } from './person-registry.js';

const DATE = /^\d{4}(-\d{2}-\d{2})?$/;
const ALPHA3 = /^[A-Z]{3}$/;

interface Office { state?: string; body?: string; role: string; url: string; holders: string[] }
interface PersonNote { aliases?: string[]; state?: string; parties?: string[] }

/**
 * Office-holders from the curated files (ours, each office with the Wikipedia list it
 * comes from): `offices/*.yaml` lists offices with their holders as
 * "Name | from | to | party | home state", `persons.yaml` adds other names.
 */
export function readOffices(files: readonly string[], personsFile: string): PersonFacts[] {
  const notes = (parse(readFileSync(personsFile, 'utf8')) ?? {}) as Record<string, PersonNote>;
  const facts: PersonFacts[] = [];
  for (const [name, note] of Object.entries(notes)) {
    if (!note.state) throw new Error(`Cannot read ${personsFile}: ${name} needs a state`);
    facts.push({ name, ...(note.aliases ? { aliases: note.aliases } : {}), state: note.state, affiliations: (note.parties ?? []).map((id) => ({ id })), source: 'curated-offices', preferName: true });
  }
  for (const file of files) {
    const offices = parse(readFileSync(file, 'utf8')) as Office[];
    for (const office of offices) {
      const holder = office.state ?? office.body;
      if (!holder || !office.role || !office.url || !Array.isArray(office.holders)) {
        throw new Error(`Cannot read ${file}: an office needs state or body, role, url and holders, got ${JSON.stringify(office).slice(0, 200)}`);
      }
      for (const line of office.holders) {
        const [name = '', from = '', to = '', party = '', home = ''] = line.split('|').map((s) => s.trim());
        for (const date of [from, to]) if (date && !DATE.test(date)) throw new Error(`Cannot read ${file}: date "${date}" of ${name} (${office.role}) is not YYYY or YYYY-MM-DD`);
        if (from && to && to < from) throw new Error(`Cannot read ${file}: ${name} (${office.role}) ends ${to} before starting ${from}`);
        const state = home || notes[name]?.state || (ALPHA3.test(holder) ? holder : undefined);
        const note = notes[name];
        const affiliations: KbAffiliation[] = [{ id: holder, role: office.role, ...(from ? { from } : {}), ...(to ? { to } : {}) }];
        for (const id of [party, ...(note?.parties ?? [])]) if (id) affiliations.push({ id });
        facts.push({ name, ...(note?.aliases ? { aliases: note.aliases } : {}), ...(state ? { state } : {}), affiliations, source: 'curated-offices', preferName: true });
      }
    }
  }
  return facts;
}
