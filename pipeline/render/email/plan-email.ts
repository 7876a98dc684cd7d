import type { Digest, DigestActor, DigestArticle, Interaction, RenderOptions } from '../../types.js';
import { articlesByRef } from '../shared/articles-by-ref.js';

/**
 * Actor sections shown before the email is trimmed: eight sections of about
 * five points keep a seed-size digest far under Gmail's 102 KB clip (about
 * 30 KB measured) and still read in a few minutes.
 */
export const DEFAULT_EMAIL_ACTOR_LIMIT = 8;
/** Interaction lines shown: the strongest ones; the rest are in the full briefing. */
const EMAIL_INTERACTION_LIMIT = 12;
/** Up to this many sources the email lists them all; past it, only those the email cites (40 entries ≈ 12 KB). */
const EMAIL_ALL_SOURCES_LIMIT = 40;

/** What the email shows and what it leaves to the full briefing. */
export interface EmailPlan {
  readonly actors: readonly DigestActor[];
  readonly hiddenActors: number;
  readonly interactions: readonly Interaction[];
  readonly sources: readonly DigestArticle[];
  readonly hiddenSources: number;
}

/** Trim a digest to what an email should carry, keeping every citation it shows resolvable in its source list. */
export function planEmail(digest: Digest, options: RenderOptions): EmailPlan {
  const limit = options.emailActorLimit ?? DEFAULT_EMAIL_ACTOR_LIMIT;
  if (!Number.isInteger(limit) || limit < 1) {
    throw new Error(`Cannot render the email: got emailActorLimit ${String(limit)}, expected a positive integer`);
  }
  const actors = digest.actors.slice(0, limit);
  const interactions = digest.interactions.slice(0, EMAIL_INTERACTION_LIMIT);
  const all = articlesByRef(digest);
  let sources = all;
  if (all.length > EMAIL_ALL_SOURCES_LIMIT) {
    const cited = new Set<number>();
    for (const actor of actors) for (const point of actor.points) for (const ref of point.refs) cited.add(ref);
    for (const interaction of interactions) for (const ref of interaction.refs) cited.add(ref);
    for (const article of all) if (article.status === 'developing') cited.add(article.ref);
    sources = all.filter((article) => cited.has(article.ref));
  }
  return {
    actors,
    hiddenActors: digest.actors.length - actors.length,
    interactions,
    sources,
    hiddenSources: all.length - sources.length,
  };
}
