import type { ActorKind, DigestActor } from '../../types.js';
import { cleanLine } from '../../text-safety/clean-line.js';

/** How each kind reads in a section's subtitle. */
const KIND_LABELS: Readonly<Record<ActorKind, string>> = {
  state: 'State',
  organisation: 'Organisation',
  group: 'Group',
  person: 'Person',
};

/** "State", or "Person · Russia" when the actor belongs to another one. */
export function describeActor(actor: DigestActor, names: ReadonlyMap<string, string>): string {
  const kind = KIND_LABELS[actor.kind];
  if (actor.affiliation === undefined) return kind;
  const affiliation = cleanLine(names.get(actor.affiliation) ?? actor.affiliation);
  return affiliation === '' ? kind : `${kind} · ${affiliation}`;
}
