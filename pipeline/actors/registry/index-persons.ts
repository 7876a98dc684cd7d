import type { KbAffiliation, RegistryEntry } from '../../types.js';
import type { ActorDef, PersonDef } from '../model.js';
import { fold } from '../scan/fold.js';
import { nameSkeleton } from '../scan/name-skeleton.js';
import { splitName } from '../scan/split-name.js';
import { tokenise } from '../scan/tokenise.js';
import type { Lexicon } from './lexicon.js';

/** A registry person as the config or the knowledge base gives it. */
export type PersonRecord = RegistryEntry & { readonly affiliations?: readonly KbAffiliation[] };

/** Lookups over the registry's persons; each record is read into a PersonDef on first use. */
export interface PersonLookup {
  /** Persons (one PersonDef per spelling) by surname skeleton. */
  readonly bySurname: { get(surname: string): readonly PersonDef[] | undefined };
  /** Single-word spellings ("Xi", "Lula"), folded -> person. */
  readonly single: ReadonlyMap<string, PersonDef>;
  /** Persons by office, "<state id> <role>" ("GBR prime minister"). */
  readonly offices: { get(key: string): readonly PersonDef[] | undefined };
}

/** A word of a name, as the person reader keeps it: letters, two or more, no generational suffix. */
const NAME_WORD = /[\p{L}][\p{L}\p{M}'’]+/gu;
const SUFFIXES = new Set(['Jr', 'Sr', 'II', 'III', 'IV']);

/**
 * Persons filed for lookup, as plain data: records by id, and the filings by
 * id. A value may be JSON text instead (the registry snapshot holds one string
 * per record and per key, parsed only when a text asks for it).
 */
export interface PersonFiling {
  /** Every record filed, by id. */
  readonly records: Map<string, PersonRecord | string>;
  /** Surname key -> [record id, spelling] of each spelling filed under it. */
  readonly filed: Map<string, (readonly [string, string])[] | string>;
  /** Single-word spellings, folded -> the person. */
  readonly single: Map<string, PersonDef>;
  /** "<state id> <role>" -> the ids of the records that held that office. */
  readonly offices: Map<string, string[] | string>;
}

/**
 * Files every spelling of every person under a cheap surname key (its last
 * name word, with a patronymic before it kept: "bin slmn") and every state
 * office under "<state> <role>". lookupPersons reads a record into a PersonDef
 * (tokens, given names, surname) only when a text asks for that surname: a
 * knowledge base of thousands of legislators costs a run only the surnames its
 * articles name.
 */
export function filePersons(records: readonly PersonRecord[], actors: ReadonlyMap<string, ActorDef>, lexicon: Lexicon): PersonFiling {
  const byId = new Map<string, PersonRecord>();
  const filed = new Map<string, (readonly [string, string])[]>();
  const single = new Map<string, PersonDef>();
  const offices = new Map<string, string[]>();
  for (const record of records) {
    byId.set(record.id, record);
    for (const spelling of [record.name, ...(record.aliases ?? [])]) {
      if (!/\s/u.test(spelling.trim()) && !/[-‐]/u.test(spelling)) {
        single.set(fold(spelling), read(record, spelling, lexicon));
        continue;
      }
      const key = surnameKey(spelling, lexicon);
      const list = filed.get(key);
      if (list) list.push([record.id, spelling]);
      else filed.set(key, [[record.id, spelling]]);
    }
    for (const a of record.affiliations ?? []) {
      if (a.role === undefined || actors.get(a.id)?.kind !== 'state') continue;
      const key = `${a.id} ${a.role}`;
      const holders = offices.get(key);
      if (!holders) offices.set(key, [record.id]);
      else if (!holders.includes(record.id)) holders.push(record.id);
    }
  }
  return { records: byId, filed, single, offices };
}

/** Lookups over filed persons, reading a record into a PersonDef the first time a text asks for it. The filing is consumed. */
export function lookupPersons(filing: PersonFiling, lexicon: Lexicon): PersonLookup {
  const { records, filed, single, offices: officeIds } = filing;
  const recordOf = (id: string): PersonRecord => {
    const found = records.get(id);
    if (typeof found !== 'string') return found as PersonRecord;
    const record = JSON.parse(found) as PersonRecord;
    records.set(id, record);
    return record;
  };
  const bySurname = new Map<string, PersonDef[]>();
  const mainDef = new Map<string, PersonDef>();
  const defOf = (record: PersonRecord): PersonDef => {
    let def = mainDef.get(record.id);
    if (!def) {
      def = read(record, record.name, lexicon);
      mainDef.set(record.id, def);
    }
    return def;
  };
  const offices = new Map<string, PersonDef[]>();
  return {
    bySurname: {
      get(surname) {
        const waiting = filed.get(surname);
        if (waiting) {
          filed.delete(surname);
          const defs = bySurname.get(surname) ?? [];
          for (const [id, spelling] of typeof waiting === 'string' ? (JSON.parse(waiting) as [string, string][]) : waiting) {
            const record = recordOf(id);
            defs.push(spelling === record.name ? defOf(record) : read(record, spelling, lexicon));
          }
          bySurname.set(surname, defs);
        }
        return bySurname.get(surname);
      },
    },
    single,
    offices: {
      get(key) {
        const waiting = officeIds.get(key);
        if (waiting) {
          officeIds.delete(key);
          offices.set(key, (typeof waiting === 'string' ? (JSON.parse(waiting) as string[]) : waiting).map((id) => defOf(recordOf(id))));
        }
        return offices.get(key);
      },
    },
  };
}

/** The surname skeleton a text reading of the name gives, without tokenising it. */
function surnameKey(spelling: string, lexicon: Lexicon): string {
  const words = (spelling.match(NAME_WORD) ?? []).filter((w) => !SUFFIXES.has(w));
  const last = words.at(-1) ?? '';
  const before = words.at(-2)?.toLowerCase();
  return before !== undefined && words.length >= 3 && lexicon.patronymics.has(before) ? `${before} ${nameSkeleton(last)}` : nameSkeleton(last);
}

function read(record: PersonRecord, spelling: string, lexicon: Lexicon): PersonDef {
  const words = tokenise(spelling)
    .map((t) => t.raw)
    .filter((w) => /\p{L}{2,}/u.test(w) && !SUFFIXES.has(w));
  const keys = splitName(words, lexicon);
  return {
    id: record.id,
    name: record.name,
    ...(record.affiliation !== undefined ? { affiliation: record.affiliation } : {}),
    ...(record.role !== undefined ? { role: record.role } : {}),
    affiliations: record.affiliations ?? [],
    given: keys.given,
    surname: keys.surname,
    aliases: record.aliases ?? [],
  };
}
