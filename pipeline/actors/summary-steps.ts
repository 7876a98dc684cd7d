import type { ActorOptions, ActorOutput, Story } from '../types.js';
import { buildBriefings } from './brief/build-briefings.js';
import type { CandidateCollector } from './brief/collect-candidates.js';
import { loadLexicon, type Lexicon } from './registry/lexicon.js';
import { loadRegistry, type Registry } from './registry/load-registry.js';
import type { ActorDef, StoryText } from './model.js';
import type { PersonContext } from './persons/person-context.js';

/** Points per actor the briefing shows when the options give none (a few per actor keeps a section scannable). */
const DEFAULT_POINTS_PER_ACTOR = 5;
/**
 * Points per actor the digest keeps (its JSON has them all; the renderings show
 * `pointsPerActor`): enough for one point per story of a busy actor on a day of
 * a few hundred articles, bounded so a 100k-article day stays small. The
 * config's `actors.pointsKept` sets it: the points are half of what a year of
 * daily runs adds to the repository.
 */
const POINTS_KEPT_PER_ACTOR = 40;

/** The options checked, and the registry and lexicon loaded. */
export function beginSummary(options: ActorOptions): { readonly limit: number; readonly registry: Registry; readonly lexicon: Lexicon } {
  const shown = options.pointsPerActor ?? DEFAULT_POINTS_PER_ACTOR;
  if (!Number.isInteger(shown) || shown < 1) throw new TypeError(`Cannot summarise actors: got pointsPerActor ${String(shown)}, expected a positive integer`);
  const kept = options.pointsKept ?? POINTS_KEPT_PER_ACTOR;
  if (!Number.isInteger(kept) || kept < 1) throw new TypeError(`Cannot summarise actors: got pointsKept ${String(kept)}, expected a positive integer`);
  // The briefing shows `pointsPerActor`; the JSON keeps one point per story up to a bound, for programs and the record.
  return { limit: Math.max(shown, kept), registry: loadRegistry(options.registry ?? []), lexicon: loadLexicon() };
}

/** The collected evidence turned into ranked briefings. */
export function endSummary(collector: CandidateCollector, context: PersonContext, registry: Registry, limit: number): ActorOutput {
  const { evidence, interactions } = collector.finish();
  const people = new Map(context.index.entities.map((p) => [p.id, p]));
  const lookup = (id: string): ActorDef | undefined => {
    const person = people.get(id);
    if (person && context.actorOf(person) === id) return { id, name: person.name, kind: 'person' };
    return registry.actors.get(id) ?? context.orgs.get(id);
  };
  return buildBriefings(evidence, interactions, lookup, people, limit);
}

/** The parts of a story the passes read. */
export function storyText(story: Story, digestDate?: string): StoryText {
  const { article } = story;
  const date = article.published?.slice(0, 10) ?? digestDate;
  return {
    title: article.title,
    sentences: story.sentences,
    text: article.text,
    ...(date !== undefined ? { date } : {}),
    ...(article.source !== undefined ? { source: article.source } : {}),
    ...(article.url !== undefined ? { url: article.url } : {}),
  };
}
