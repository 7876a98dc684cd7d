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
 * Files every spelling of every person under a cheap surname key (its last
 * name word, with a patronymic before it kept: "bin slmn") and reads a
 * record into a PersonDef (tokens, given names, surname) only when a text
 * asks for that surname: a knowledge base of thousands of legislators costs a
 * run only the surnames its articles name.
 */
export function indexPersons(records: readonly PersonRecord[], actors: ReadonlyMap<string, ActorDef>, lexicon: Lexicon): PersonLookup {
  const filed = new Map<string, { record: PersonRecord; spelling: string }[]>();
  const single = new Map<string, PersonDef>();
  const officeRecords = new Map<string, PersonRecord[]>();
  for (const record of records) {
    for (const spelling of [record.name, ...(record.aliases ?? [])]) {
      if (!/\s/u.test(spelling.trim()) && !/[-‐]/u.test(spelling)) {
        single.set(fold(spelling), read(record, spelling, lexicon));
        continue;
      }
      const key = surnameKey(spelling, lexicon);
      const list = filed.get(key);
      if (list) list.push({ record, spelling });
      else filed.set(key, [{ record, spelling }]);
    }
    for (const a of record.affiliations ?? []) {
      if (a.role === undefined || actors.get(a.id)?.kind !== 'state') continue;
      const key = `${a.id} ${a.role}`;
      const holders = officeRecords.get(key);
      if (!holders) officeRecords.set(key, [record]);
      else if (!holders.includes(record)) holders.push(record);
    }
  }
  const bySurname = new Map<string, PersonDef[]>();
  const mainDef = new Map<PersonRecord, PersonDef>();
  const defOf = (record: PersonRecord): PersonDef => {
    let def = mainDef.get(record);
    if (!def) {
      def = read(record, record.name, lexicon);
      mainDef.set(record, def);
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
          for (const { record, spelling } of waiting) defs.push(spelling === record.name ? defOf(record) : read(record, spelling, lexicon));
          bySurname.set(surname, defs);
        }
        return bySurname.get(surname);
      },
    },
    single,
    offices: {
      get(key) {
        const waiting = officeRecords.get(key);
        if (waiting) {
          officeRecords.delete(key);
          offices.set(key, waiting.map(defOf));
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
