import type { ActorOptions, ActorOutput, Story } from '../types.js';
import { buildBriefings } from './brief/build-briefings.js';
import type { CandidateCollector } from './brief/collect-candidates.js';
import type { StoryText } from './persons/find-story-persons.js';
import { loadLexicon, type Lexicon } from './registry/lexicon.js';
import { loadRegistry, type Registry } from './registry/load-registry.js';
import type { ActorDef } from './model.js';
import type { PersonContext } from './persons/person-context.js';

/** Points per actor when the options give none (a few per actor keeps a section scannable). */
const DEFAULT_POINTS_PER_ACTOR = 5;

/** The options checked, and the registry and lexicon loaded. */
export function beginSummary(options: ActorOptions): { readonly limit: number; readonly registry: Registry; readonly lexicon: Lexicon } {
  const limit = options.pointsPerActor ?? DEFAULT_POINTS_PER_ACTOR;
  if (!Number.isInteger(limit) || limit < 1) throw new TypeError(`Cannot summarise actors: got pointsPerActor ${String(limit)}, expected a positive integer`);
  return { limit, registry: loadRegistry(options.registry ?? []), lexicon: loadLexicon() };
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
export function storyText(story: Story): StoryText {
  return { title: story.article.title, sentences: story.sentences, text: story.article.text };
}
