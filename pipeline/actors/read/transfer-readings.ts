import type { PersonEntity } from '../persons/cluster-persons.js';
import type { SentenceReading } from './read-story.js';

/**
 * A person as it crosses between threads: its position among the persons named
 * in full (the same in every thread), or the registry id of a person adopted by
 * surname alone.
 */
export type PersonRef = number | string;

/** One story's readings in a form that can be posted to another thread, plus the surnames it adopted, in order. */
export interface ReadingsInTransit {
  readonly adopted: readonly string[];
  readonly sentences: readonly {
    readonly agents: readonly { readonly actorId: string; readonly speech: boolean; readonly person?: PersonRef }[];
    readonly mentions: ReadonlyMap<string, readonly string[]>;
    readonly persons: readonly PersonRef[];
    readonly interactions: SentenceReading['interactions'];
  }[];
}

/** Replaces each person object by its reference. */
export function packReadings(readings: readonly SentenceReading[], adopted: readonly string[], refOf: (person: PersonEntity) => PersonRef): ReadingsInTransit {
  return {
    adopted,
    sentences: readings.map((r) => ({
      agents: r.agents.map((a) => ({ actorId: a.actorId, speech: a.speech, ...(a.person ? { person: refOf(a.person) } : {}) })),
      mentions: r.mentions,
      persons: r.persons.map(refOf),
      interactions: r.interactions,
    })),
  };
}

/** Puts this thread's person objects back in place of the references. */
export function unpackReadings(packed: ReadingsInTransit, personOf: (ref: PersonRef) => PersonEntity): SentenceReading[] {
  return packed.sentences.map((r) => ({
    agents: r.agents.map((a) => ({ actorId: a.actorId, speech: a.speech, ...(a.person !== undefined ? { person: personOf(a.person) } : {}) })),
    mentions: r.mentions,
    persons: r.persons.map(personOf),
    interactions: r.interactions,
  }));
}
