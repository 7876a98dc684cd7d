/**
 * Worker-thread side of summariseActorsInWorkers: one of the two passes over
 * stories, as summariseActors makes it in one thread.
 */
import { serveBatches } from '../parallel/serve-batches.js';
import type { RegistryEntry } from '../types.js';
import type { PersonIndex } from './persons/cluster-persons.js';
import { findStoryPersons, type StoryPersons, type StoryText } from './persons/find-story-persons.js';
import { loadLexicon } from './registry/lexicon.js';
import { loadRegistry } from './registry/load-registry.js';
import type { PersonMention } from './model.js';
import { buildPersonContext } from './persons/person-context.js';
import { readStoryText } from './read/read-story-text.js';
import { packReadings, type ReadingsInTransit } from './read/transfer-readings.js';

/** Which pass a thread makes, with what it needs. */
export type ActorWorkerSetup =
  | { readonly pass: 'persons'; readonly registry: readonly RegistryEntry[] }
  | { readonly pass: 'read'; readonly registry: readonly RegistryEntry[]; readonly persons: readonly PersonMention[]; readonly named: readonly string[] };

serveBatches<StoryText, StoryPersons | ReadingsInTransit, ActorWorkerSetup>((setup) => {
  const registry = loadRegistry(setup.registry);
  const lexicon = loadLexicon();
  if (setup.pass === 'persons') {
    return (story) => {
      const { persons, introduced } = findStoryPersons(story, registry, lexicon);
      return { persons, introduced };
    };
  }
  const context = buildPersonContext(setup.persons, setup.named, registry, lexicon);
  // Persons named in full sit at the same positions in every thread; adopted ones go by registry id.
  const position = new Map(context.index.entities.map((p, k) => [p, k]));
  let adopted: string[] = [];
  const index: PersonIndex = {
    ...context.index,
    adopt: (surname) => {
      adopted.push(surname);
      return context.index.adopt(surname);
    },
  };
  const tracked = { ...context, index };
  return (story) => {
    adopted = [];
    const readings = readStoryText(story, tracked, registry, lexicon);
    return packReadings(readings, adopted, (p) => position.get(p) ?? p.id);
  };
});
