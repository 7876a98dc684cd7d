/**
 * Worker-thread side of ingest: reads local pages (never feeds, which may fetch)
 * exactly as the main thread would. Started by `readInputs` through mapInWorkers.
 */
import { serveBatches } from '../parallel/serve-batches.js';
import type { IngestResult } from '../types.js';
import type { Input } from './expand-sources.js';
import type { IngestContext } from './ingest-context.js';
import { readInput } from './read-input.js';
import type { WorkerIngestOptions } from './read-inputs.js';

serveBatches<Input, IngestResult[], WorkerIngestOptions>((options) => {
  const context: IngestContext = {
    options,
    // Only pages go to workers, and pages never fetch: reaching this is a routing bug.
    fetchPage: () => Promise.reject(new Error('Cannot fetch from an ingest worker thread')),
  };
  return (input) => readInput(input, context);
});
