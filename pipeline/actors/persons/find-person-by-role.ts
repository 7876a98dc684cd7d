import type { PersonEntity } from './cluster-persons.js';
import type { Lexicon } from '../registry/lexicon.js';

/** Modifiers that make another office of the same head ("deputy prime minister" is not "the prime minister"). */
const OTHER_OFFICE = new Set(['deputy', 'vice', 'shadow', 'former', 'ex', 'acting', 'assistant', 'junior', 'under']);

/**
 * The person named last (in `seen`, oldest first) who fits a role reference:
 * same actor when one is given, the same role written out ("the prime
 * minister" is whoever was named as prime minister) before a role sharing a
 * head word ("foreign minister" fits "the minister"), never an office a
 * modifier makes another ("deputy prime minister" does not fit "the prime
 * minister"); a weak head ("the official") fits anyone of that actor.
 * Undefined when nobody fits.
 */
export function findPersonByRole(seen: readonly PersonEntity[], role: string, lexicon: Lexicon, actorOf: (p: PersonEntity) => string, actorId?: string): PersonEntity | undefined {
  const words = role.split(/\s+/);
  const heads = words.filter((w) => lexicon.roleHeads.has(w));
  const weak = heads.every((h) => lexicon.weakRoles.has(h));
  let headMatch: PersonEntity | undefined;
  for (let i = seen.length - 1; i >= 0; i -= 1) {
    const person = seen[i] as PersonEntity;
    if (actorId !== undefined && actorOf(person) !== actorId) continue;
    if (weak && actorId !== undefined) return person;
    const theirs = (person.role ?? '').split(/[\s-]+/);
    if (theirs.join(' ') === words.join(' ')) return person;
    const other = theirs.some((w) => OTHER_OFFICE.has(w) && !words.includes(w));
    if (!other && !headMatch && heads.some((h) => !lexicon.weakRoles.has(h) && theirs.includes(h)) && words.every((w) => !lexicon.roleModifiers.has(w) || theirs.includes(w))) headMatch = person;
  }
  return headMatch;
}
