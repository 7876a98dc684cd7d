import type { Digest } from '../../types.js';

/** Display names by actor id, for interactions and affiliations that name actors by id. */
export function actorNames(digest: Digest): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const actor of digest.mentioned) names.set(actor.id, actor.name);
  for (const actor of digest.actors) names.set(actor.id, actor.name);
  return names;
}
