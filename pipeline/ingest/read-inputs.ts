import { threadsPerCore } from '../parallel/threads-per-core.js';
import { workerModuleUrl } from '../runtime/worker-module-url.js';
import type { IngestOptions, IngestResult } from '../types.js';
import type { Input } from './expand-sources.js';
import type { IngestContext } from './ingest-context.js';
import { fileKind } from './read-file-input.js';
import { readInput } from './read-input.js';

/** Inputs read at once in this thread. Files are cheap; URLs are limited again, per host, by the fetcher. */
const INPUT_CONCURRENCY = 16;
/** Below this many pages, starting threads (about 0.3 s each, loading the TypeScript loader) costs more than it saves. */
const WORKER_MIN_PAGES = 400;
/** Pages per message to a worker. */
const WORKER_BATCH = 64;

/** The part of the options a worker thread needs (functions and caches stay here). */
export type WorkerIngestOptions = Pick<IngestOptions, 'cwd' | 'userAgent' | 'maxFileBytes'>;

/**
 * Reads every input into its results, in the inputs' order. Local pages (text,
 * Markdown, HTML) go to worker threads when there are enough of them; feeds and
 * URLs, which fetch and share the run's fetcher and cache, stay in this thread.
 */
export async function readInputs(inputs: readonly Input[], context: IngestContext, onDone: (count: number) => void): Promise<IngestResult[][]> {
  const results = new Array<IngestResult[]>(inputs.length);
  const pages: number[] = [];
  const fetching: number[] = [];
  inputs.forEach((input, i) => {
    const kind = input.kind === 'file' ? fileKind(input.path) : undefined;
    (kind === 'text' || kind === 'markdown' || kind === 'html' ? pages : fetching).push(i);
  });
  const { options } = context;
  const threads = options.threads ?? (pages.length >= WORKER_MIN_PAGES ? threadsPerCore() : 0);
  const inThread = threads > 0 ? fetching : [...fetching, ...pages].sort((a, b) => a - b);
  const readHere = async (): Promise<void> => {
    let next = 0;
    const read = async (): Promise<void> => {
      while (next < inThread.length) {
        const index = inThread[next++]!;
        results[index] = await readInput(inputs[index]!, context);
        onDone(1);
      }
    };
    await Promise.all(Array.from({ length: Math.min(INPUT_CONCURRENCY, inThread.length) }, read));
  };
  const readInWorkers = async (): Promise<void> => {
    if (threads === 0 || pages.length === 0) return;
    const setup: WorkerIngestOptions = { cwd: options.cwd, userAgent: options.userAgent, ...(options.maxFileBytes !== undefined && { maxFileBytes: options.maxFileBytes }) };
    let reported = 0;
    // The pool loads only for sets large enough to use it.
    const { mapInWorkers } = await import('../parallel/map-in-workers.js');
    const read = await mapInWorkers<Input, IngestResult[], WorkerIngestOptions>(workerModuleUrl('ingest/read-file-worker.ts'), pages.map((i) => inputs[i]!), {
      threads,
      batch: WORKER_BATCH,
      setup,
      onProgress: (done) => {
        onDone(done - reported);
        reported = done;
      },
    });
    read.forEach((result, k) => {
      results[pages[k]!] = result;
    });
  };
  await Promise.all([readHere(), readInWorkers()]);
  return results;
}
