import { parentPort, workerData } from 'node:worker_threads';
import type { BatchReply, BatchRequest, WorkerSetup } from './protocol.js';

/** Items of a batch in flight at once: a handler that waits on files overlaps the waits with another item's work. */
const ITEMS_AT_ONCE = 8;

/**
 * The worker side of `mapInWorkers`: builds the handler once from the setup,
 * then answers each batch with its results in order (a few items in flight at once). A
 * handler that throws fails the whole map: handlers turn bad input into
 * results themselves, so a throw is a bug worth stopping for.
 */
export function serveBatches<Item, Result, Setup>(build: (setup: Setup) => Promise<(item: Item) => Promise<Result> | Result> | ((item: Item) => Promise<Result> | Result)): void {
  const port = parentPort;
  if (!port) throw new Error('Cannot serve batches: this module runs only in a worker thread started by mapInWorkers');
  const handler = Promise.resolve(build((workerData as WorkerSetup<Setup>).setup));
  // The pool keeps a second batch waiting here: batches are answered one after another, in arrival order.
  let queue = Promise.resolve();
  port.on('message', (request: BatchRequest<Item>) => {
    queue = queue.then(async () => {
      let reply: BatchReply<Result>;
      try {
        const handle = await handler;
        const results = new Array<Result>(request.items.length);
        let next = 0;
        const run = async (): Promise<void> => {
          while (next < request.items.length) {
            const k = next++;
            results[k] = await handle(request.items[k]!);
          }
        };
        await Promise.all(Array.from({ length: Math.min(ITEMS_AT_ONCE, request.items.length) }, run));
        reply = { start: request.start, results };
      } catch (error) {
        reply = { start: request.start, error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) };
      }
      port.postMessage(reply);
    });
  });
}
