import { Worker } from 'node:worker_threads';
import type { MJMLParseError, MJMLParsingOptions } from 'mjml-core';
import { workerModuleUrl } from '../../runtime/worker-module-url.js';

/** A reply from mjml-worker.mjs. */
interface Reply {
  readonly id?: number;
  readonly ready?: true;
  readonly html?: string;
  readonly errors?: MJMLParseError[];
  readonly error?: string;
}

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, { resolve: (reply: Reply) => void; reject: (error: Error) => void }>();

/**
 * Start loading mjml in a worker thread now, so it is ready when the email is
 * compiled. Safe to call more than once; compileInWorker starts it if nobody did.
 */
export function startMjmlCompiler(): void {
  if (worker) return;
  // No --import tsx in the worker: it runs plain JavaScript, and the loader costs time.
  worker = new Worker(workerModuleUrl('render/email/mjml-worker.mjs'), { execArgv: [] });
  worker.unref();
  worker.on('message', (reply: Reply) => {
    if (reply.id === undefined) return;
    pending.get(reply.id)?.resolve(reply);
    pending.delete(reply.id);
  });
  worker.on('error', (error) => {
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
    worker = undefined;
  });
}

/** Compile MJML in the worker; rejects with mjml's message when it throws (strict validation). */
export async function compileInWorker(source: string, options: MJMLParsingOptions): Promise<{ html: string; errors: MJMLParseError[] }> {
  startMjmlCompiler();
  const id = nextId++;
  const active = worker!;
  active.ref();
  try {
    const reply = await new Promise<Reply>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      active.postMessage({ id, source, options });
    });
    if (reply.error !== undefined) throw new Error(reply.error);
    return { html: reply.html ?? '', errors: reply.errors ?? [] };
  } finally {
    if (pending.size === 0) active.unref();
  }
}

/** Stop the worker (end of a run): pending compiles are rejected, and nothing keeps the process alive. */
export async function stopMjmlCompiler(): Promise<void> {
  const active = worker;
  worker = undefined;
  if (!active) return;
  for (const waiter of pending.values()) waiter.reject(new Error('Cannot compile the email: the MJML worker was stopped'));
  pending.clear();
  await active.terminate();
}
