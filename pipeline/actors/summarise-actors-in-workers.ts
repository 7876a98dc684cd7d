import { threadsPerCore } from '../parallel/threads-per-core.js';
import { workerModuleUrl } from '../runtime/worker-module-url.js';
import type { ActorOptions, ActorOutput, Claim, Story } from '../types.js';
import type { ActorWorkerSetup } from './actor-worker.js';
import type { PersonEntity } from './cluster-persons.js';
import { createCandidateCollector } from './collect-candidates.js';
import type { StoryPersons, StoryText } from './find-story-persons.js';
import { summariseActors } from './summarise-actors.js';
import { beginSummary, endSummary, storyText } from './summary-steps.js';
import { buildPersonContext } from './person-context.js';
import { unpackReadings, type PersonRef, type ReadingsInTransit } from './transfer-readings.js';

/** Below this many stories one thread is quicker: each pass starts its threads, and each thread loads the registry and lexicon (about 1 s; measured: 1k stories 2.9 s in one thread, 5.1 s in two; 10k 20 s, 17 s). */
const WORKER_MIN_STORIES = 5000;
/** Stories per message to a worker. */
const WORKER_BATCH = 16;
const WORKER = workerModuleUrl('actors/actor-worker.ts');

/**
 * summariseActors with both passes spread over worker threads (`options.threads`,
 * default one per core for sets large enough to repay them; 0 stays in this thread).
 * The output is byte-identical: each thread reads a story exactly as one thread
 * would, results come back in story order, and the evidence is collected here.
 * Surnames adopted from the registry ("Putin said") are replayed here in story
 * order, so the set's persons end up in the same order too.
 */
export async function summariseActorsInWorkers(stories: readonly Story[], claims: readonly Claim[], options: ActorOptions): Promise<ActorOutput> {
  const threads = options.threads ?? (stories.length >= WORKER_MIN_STORIES ? threadsPerCore() : 0);
  if (threads === 0) return summariseActors(stories, claims, options);
  // The pool loads only for sets large enough to use it.
  const { forEachInWorkers, mapInWorkers } = await import('../parallel/map-in-workers.js');
  const { limit, registry, lexicon } = beginSummary(options);
  const texts = stories.map(storyText);
  const entries = options.registry ?? [];
  const firstPass = await mapInWorkers<StoryText, StoryPersons, ActorWorkerSetup>(WORKER, texts, {
    threads,
    batch: WORKER_BATCH,
    setup: { pass: 'persons', registry: entries },
  });
  const persons = firstPass.flatMap((f) => f.persons);
  const named = firstPass.flatMap((f) => f.introduced);
  const context = buildPersonContext(persons, named, registry, lexicon);
  const adopted = new Map<string, PersonEntity>();
  const personOf = (ref: PersonRef): PersonEntity => {
    const person = typeof ref === 'number' ? context.index.entities[ref] : adopted.get(ref);
    if (!person) throw new Error(`Cannot summarise actors: a worker named person ${String(ref)}, which this thread does not know`);
    return person;
  };
  const collector = createCandidateCollector(claims, context.actorOf);
  await forEachInWorkers<StoryText, ReadingsInTransit, ActorWorkerSetup>(
    WORKER,
    texts,
    { threads, batch: WORKER_BATCH, setup: { pass: 'read', registry: entries, persons, named } },
    (i, packed) => {
      for (const surname of packed.adopted) {
        const person = context.index.adopt(surname);
        if (person) adopted.set(person.id, person);
      }
      collector.add(stories[i]!, unpackReadings(packed, personOf));
    },
  );
  return endSummary(collector, context, registry, limit);
}
