import type { ActorBriefing, ActorOutput, Interaction, Member } from '../../types.js';
import type { PersonEntity } from '../persons/cluster-persons.js';
import type { ActorEvidence } from './collect-candidates.js';
import type { ActorDef } from '../model.js';
import { pointBudget, rankPoints } from './rank-points.js';

/** Weight of a sentence that merely names an actor, against one where it speaks or acts (1). */
const MENTION_WEIGHT = 0.2;
/** Decimal places of salience, so float noise never reorders actors. */
const SALIENCE_DECIMALS = 3;

/**
 * The briefing: actors with points ordered by salience (share of the set's
 * agency and mentions they account for, relative to the top actor) then
 * name; the rest as "mentioned" by name; interactions by count, then ids.
 * Persons with no state or group are actors of kind person only when they
 * have points or a role.
 */
export function buildBriefings(
  evidence: ReadonlyMap<string, ActorEvidence>,
  interactions: readonly Interaction[],
  lookup: (id: string) => ActorDef | undefined,
  persons: ReadonlyMap<string, PersonEntity>,
  limit: number,
): ActorOutput {
  const raw = new Map<string, number>();
  for (const [id, e] of evidence) raw.set(id, e.agency + MENTION_WEIGHT * e.mentions);
  const top = Math.max(1e-9, ...raw.values());
  const briefings: ActorBriefing[] = [];
  for (const [id, e] of evidence) {
    const def = lookup(id);
    if (!def) continue;
    const candidates = [...e.candidates.values()];
    const points = rankPoints(candidates, pointBudget(candidates, limit));
    const person = persons.get(id);
    if (def.kind === 'person' && points.length === 0 && person?.role === undefined) continue;
    briefings.push({
      id,
      name: displayName(def, e.surfaces),
      kind: def.kind,
      ...(def.affiliation !== undefined ? { affiliation: def.affiliation } : {}),
      ...(person && person.affiliations.length > 0 ? { affiliations: person.affiliations } : {}),
      members: members(e, persons, id),
      aliases: [...e.surfaces.keys()].sort(),
      articleRefs: [...e.refs].sort((a, b) => a - b),
      points,
      salience: round((raw.get(id) ?? 0) / top),
    });
  }
  const actors = briefings.filter((b) => b.points.length > 0).sort((a, b) => b.salience - a.salience || byCodePoint(a.name, b.name) || byCodePoint(a.id, b.id));
  // A news outlet that does nothing in the day's stories is only their source ("according to Reuters", "first
  // reported by the Drudge Report"): it is no actor, not even one also mentioned, unless its people are.
  const source = (b: ActorBriefing): boolean => lookup(b.id)?.category === 'media' && b.members.length === 0;
  const mentioned = briefings.filter((b) => b.points.length === 0 && !source(b)).sort((a, b) => byCodePoint(a.name, b.name) || byCodePoint(a.id, b.id));
  const known = interactions.filter((i) => lookup(i.a) && lookup(i.b));
  const ordered = [...known].sort((x, y) => y.count - x.count || byCodePoint(x.a, y.a) || byCodePoint(x.b, y.b) || byCodePoint(x.type, y.type));
  return { actors, mentioned, interactions: ordered };
}

function members(e: ActorEvidence, persons: ReadonlyMap<string, PersonEntity>, actorId: string): Member[] {
  return [...e.persons.entries()]
    .filter(([id]) => id !== actorId)
    .sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0]))
    .map(([id]) => persons.get(id))
    .filter((p): p is PersonEntity => p !== undefined)
    .map((p) => ({ id: p.id, name: p.name, ...(p.role !== undefined ? { role: p.role } : {}), ...(p.affiliations.length > 0 ? { affiliations: p.affiliations } : {}) }));
}

/**
 * A company is shown by the name the articles use when they never use its
 * registry name: 2004 news writes "Google", the registry says "Alphabet".
 * Parties and states keep theirs ("Conservative Party", not "Tories").
 */
function displayName(def: ActorDef, surfaces: ReadonlyMap<string, number>): string {
  if (def.category !== 'company' || surfaces.size === 0 || surfaces.has(def.name)) return def.name;
  let best = def.name;
  let count = 0;
  for (const [surface, n] of surfaces) if (n > count || (n === count && surface.length > best.length)) [best, count] = [surface, n];
  return best;
}

function round(value: number): number {
  const factor = 10 ** SALIENCE_DECIMALS;
  return Math.round(value * factor) / factor;
}

/** Locale-free order, so every machine sorts the same way. */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
