import { Worker } from 'node:worker_threads';
import { workerModuleUrl } from '../runtime/worker-module-url.js';
import type { BatchReply, BatchRequest, WorkerSetup } from './protocol.js';

/** How `mapInWorkers` spreads the items. */
export interface WorkerPoolOptions<Setup> {
  /** Threads to start (at least 1). */
  readonly threads: number;
  /** Items per message: large enough that messaging costs little, small enough that threads finish together. */
  readonly batch: number;
  /** Handed once to every thread before its first batch (structured-cloned). */
  readonly setup: Setup;
  /** Called as batches come back, with the number of items done so far. */
  readonly onProgress?: (done: number) => void;
}

const BOOT = workerModuleUrl('parallel/worker-boot.mjs');
/** Batches each thread holds at once. */
const BATCHES_AHEAD = 2;

/**
 * Maps `items` through the worker module `module` (which calls `serveBatches`)
 * on a pool of threads, batch by batch as threads come free, and returns the
 * results in the items' order: the output never depends on which thread did
 * what. A thread that fails ends the map with its error and stops the others.
 */
export async function mapInWorkers<Item, Result, Setup>(module: URL, items: readonly Item[], options: WorkerPoolOptions<Setup>): Promise<Result[]> {
  const results = new Array<Result>(items.length);
  await forEachInWorkers<Item, Result, Setup>(module, items, options, (index, result) => {
    results[index] = result;
  });
  return results;
}

/**
 * Like mapInWorkers, but hands each result to `consume` in the items' order as
 * soon as every earlier one has been handed over, and keeps none: a caller that
 * folds results into a summary never holds them all. Batches that come back
 * early wait in a queue, so `consume` runs in this thread, in order, once per item.
 */
export async function forEachInWorkers<Item, Result, Setup>(
  module: URL,
  items: readonly Item[],
  options: WorkerPoolOptions<Setup>,
  consume: (index: number, result: Result) => void,
): Promise<void> {
  if (items.length === 0) return;
  const batches: number[] = [];
  for (let start = 0; start < items.length; start += options.batch) batches.push(start);
  const threads = Math.max(1, Math.min(options.threads, batches.length));
  const workers: Worker[] = [];
  const early = new Map<number, readonly Result[]>();
  let nextBatch = 0;
  let nextStart = 0;
  let done = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let settled = false;
      const fail = (error: Error): void => {
        if (settled) return;
        settled = true;
        reject(error);
      };
      const deliver = (start: number, results: readonly Result[]): void => {
        early.set(start, results);
        for (let ready = early.get(nextStart); ready !== undefined; ready = early.get(nextStart)) {
          early.delete(nextStart);
          ready.forEach((result, k) => consume(nextStart + k, result));
          nextStart += ready.length;
        }
      };
      const feed = (worker: Worker): void => {
        if (nextBatch >= batches.length) return;
        const start = batches[nextBatch++]!;
        const request: BatchRequest<Item> = { start, items: items.slice(start, start + options.batch) };
        worker.postMessage(request);
      };
      for (let i = 0; i < threads; i += 1) {
        const setup: WorkerSetup<Setup> = { module: module.href, setup: options.setup };
        const worker = new Worker(BOOT, { execArgv: [], workerData: setup });
        workers.push(worker);
        worker.on('message', (reply: BatchReply<Result>) => {
          if (settled) return;
          if ('error' in reply) return fail(new Error(reply.error));
          // The next batch goes out before this one is consumed, so the thread works while this one does.
          feed(worker);
          try {
            deliver(reply.start, reply.results);
          } catch (error) {
            return fail(error as Error);
          }
          done += reply.results.length;
          options.onProgress?.(done);
          if (done === items.length) {
            settled = true;
            resolve();
          }
        });
        worker.on('error', fail);
        // A thread that ends before the work is done (a crash, or a module that never served) fails the map rather than leaving it waiting.
        worker.on('exit', (code) => fail(new Error(`A worker thread stopped (exit code ${String(code)}) with ${String(items.length - done)} items still to do`)));
        // Two batches each: one to work on, one waiting, so no thread idles while this one consumes.
        for (let k = 0; k < BATCHES_AHEAD; k += 1) feed(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
