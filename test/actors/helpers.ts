/**
 * Test helper: the real registry and lexicon, and a one-sentence scanner, so
 * module tests read like the sentences they check. Not a test itself.
 */
import { findActorMentions } from '../../pipeline/actors/scan/find-actor-mentions.js';
import { findPersonMentions } from '../../pipeline/actors/scan/find-person-mentions.js';
import { loadLexicon } from '../../pipeline/actors/registry/lexicon.js';
import { loadRegistry } from '../../pipeline/actors/registry/load-registry.js';
import type { ActorMention, PersonMention, Token } from '../../pipeline/actors/model.js';
import { tokenise } from '../../pipeline/actors/scan/tokenise.js';

export const registry = loadRegistry();
export const lexicon = loadLexicon();

/** Tokens, actor mentions and full-name persons of one sentence. */
export function read(sentence: string): { tokens: Token[]; actors: ActorMention[]; persons: PersonMention[] } {
  const tokens = tokenise(sentence);
  const actors = findActorMentions(tokens, registry, lexicon);
  return { tokens, actors, persons: findPersonMentions(tokens, actors, registry, lexicon) };
}

/** "surface:ACTOR" for each actor mention, with "*" when it can be a subject. */
export function actorsOf(sentence: string): string[] {
  return read(sentence).actors.map((m) => `${m.surface}:${m.actorId}${m.agentive ? '*' : ''}`);
}
