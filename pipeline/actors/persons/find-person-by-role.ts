import type { PersonEntity } from './cluster-persons.js';
import type { Lexicon } from '../registry/lexicon.js';

/**
 * The person named last (in `seen`, oldest first) who fits a role reference:
 * same actor when one is given, and a role sharing a head word ("foreign
 * minister" fits "the minister"); a weak head ("the official") fits anyone of
 * that actor. Undefined when nobody fits.
 */
export function findPersonByRole(seen: readonly PersonEntity[], role: string, lexicon: Lexicon, actorOf: (p: PersonEntity) => string, actorId?: string): PersonEntity | undefined {
  const heads = role.split(/\s+/).filter((w) => lexicon.roleHeads.has(w));
  const weak = heads.every((h) => lexicon.weakRoles.has(h));
  for (let i = seen.length - 1; i >= 0; i -= 1) {
    const person = seen[i] as PersonEntity;
    if (actorId !== undefined && actorOf(person) !== actorId) continue;
    if (weak && actorId !== undefined) return person;
    const words = (person.role ?? '').split(/[\s-]+/);
    if (heads.some((h) => !lexicon.weakRoles.has(h) && words.includes(h))) return person;
  }
  return undefined;
}
