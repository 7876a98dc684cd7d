import { fold } from '../scan/fold.js';
import type { Lexicon } from '../registry/lexicon.js';
import { nameSkeleton } from '../scan/name-skeleton.js';
import type { Token } from '../model.js';
import type { PersonEntity, PersonIndex } from './cluster-persons.js';

/** A surname standing alone ("Lavrov said", "Putin's initiative"). */
export interface SurnameMention {
  readonly start: number;
  readonly end: number;
  readonly person: PersonEntity;
}

/** Leading letters a surname must share with the person's written surname, beyond the skeleton ("Rohani"/"Rouhani", not "Bosch"/"Busch"). */
const SHARED_PREFIX_LETTERS = 2;

/**
 * Capitalised words (outside actor names and full names) that are the surname
 * of a person of this story, else of a unique person of the set, else of a
 * unique registry person. Others stay unattributed.
 */
export function findSurnameMentions(tokens: readonly Token[], occupied: ReadonlySet<number>, local: readonly PersonEntity[], index: PersonIndex, lexicon: Lexicon, context: { readonly date?: string; readonly home?: string } = {}): SurnameMention[] {
  const found: SurnameMention[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    if (occupied.has(i) || !t.cap || t.upper || lexicon.nonNames.has(t.norm) || lexicon.roleHeads.has(t.norm)) continue;
    // "Al-Jubeir": a capitalised particle joined to the surname.
    const joined = lexicon.particles.has(t.norm) && tokens[i + 1]?.raw === '-' && tokens[i + 2]?.glue === true;
    const word = joined ? (tokens[i + 2] as Token) : t;
    const end = joined ? i + 3 : i + 1;
    const skeleton = nameSkeleton(word.raw);
    const matches = (p: PersonEntity): boolean => p.surname === skeleton && sameStart(p.name, word.raw);
    const person = local.find(matches) ?? uniqueMatch(index, skeleton, matches) ?? index.adopt(skeleton, context);
    if (person && sameStart(person.name, word.raw)) {
      found.push({ start: i, end, person });
      i = end - 1;
    }
  }
  return found;
}

function uniqueMatch(index: PersonIndex, skeleton: string, matches: (p: PersonEntity) => boolean): PersonEntity | undefined {
  const person = index.resolve(skeleton, []);
  return person && matches(person) ? person : undefined;
}

/** Generational suffixes that end a written name after the surname ("Marcos Jr"). */
const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** Most letters a surname may differ in length from the person's written one ("Rohani"/"Rouhani", not "Turkey"/"Türk"). */
const LENGTH_SLACK = 1;

function sameStart(name: string, surname: string): boolean {
  const words = name.split(/[\s-]+/).filter((w) => !SUFFIXES.has(fold(w)));
  const last = fold(words.at(-1) ?? '');
  const written = fold(surname);
  return last.slice(0, SHARED_PREFIX_LETTERS) === written.slice(0, SHARED_PREFIX_LETTERS) && Math.abs(last.length - written.length) <= LENGTH_SLACK;
}
