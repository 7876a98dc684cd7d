import { Worker } from 'node:worker_threads';
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

const BOOT = new URL('./worker-boot.mjs', import.meta.url);

/**
 * Maps `items` through the worker module `module` (which calls `serveBatches`)
 * on a pool of threads, batch by batch as threads come free, and returns the
 * results in the items' order: the output never depends on which thread did
 * what. A thread that fails ends the map with its error and stops the others.
 */
export async function mapInWorkers<Item, Result, Setup>(module: URL, items: readonly Item[], options: WorkerPoolOptions<Setup>): Promise<Result[]> {
  const results = new Array<Result>(items.length);
  if (items.length === 0) return results;
  const batches: number[] = [];
  for (let start = 0; start < items.length; start += options.batch) batches.push(start);
  const threads = Math.max(1, Math.min(options.threads, batches.length));
  const workers: Worker[] = [];
  let nextBatch = 0;
  let done = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let running = 0;
      let failed = false;
      const fail = (error: Error): void => {
        if (failed) return;
        failed = true;
        reject(error);
      };
      const feed = (worker: Worker): void => {
        if (nextBatch >= batches.length) {
          running -= 1;
          if (running === 0) resolve();
          return;
        }
        const start = batches[nextBatch++]!;
        const request: BatchRequest<Item> = { start, items: items.slice(start, start + options.batch) };
        worker.postMessage(request);
      };
      for (let i = 0; i < threads; i += 1) {
        const setup: WorkerSetup<Setup> = { module: module.href, setup: options.setup };
        const worker = new Worker(BOOT, { execArgv: [], workerData: setup });
        workers.push(worker);
        running += 1;
        worker.on('message', (reply: BatchReply<Result>) => {
          if ('error' in reply) return fail(new Error(reply.error));
          reply.results.forEach((result, k) => {
            results[reply.start + k] = result;
          });
          done += reply.results.length;
          options.onProgress?.(done);
          feed(worker);
        });
        worker.on('error', fail);
        worker.on('exit', (code) => {
          if (code !== 0) fail(new Error(`A worker thread stopped with exit code ${String(code)}`));
        });
        feed(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
