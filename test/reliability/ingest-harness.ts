// Test helper: runs ingest jobs in a child process (ingest-child.ts) with a
// watchdog per job. A job that outlives its bound is a hang: the child is
// killed and a fresh one serves the next job. A child that dies mid-job (an
// uncaught error, a stack overflow, the heap limit) is a crash.
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ROOT, TSX_LOADER } from '../helpers/run-cli.js';
import type { IngestAnswer, IngestJob } from './ingest-child.js';

/** Heap limit of the child, MB: an input that needs more than this to be read is a memory bug. */
export const CHILD_HEAP_MB = 512;

/** How a job ended. */
export type JobOutcome =
  | { readonly kind: 'answered'; readonly answer: IngestAnswer }
  | { readonly kind: 'hang'; readonly ms: number }
  | { readonly kind: 'died'; readonly how: string };

export interface IngestHarness {
  run(job: Omit<IngestJob, 'id'>, boundMs: number): Promise<JobOutcome>;
  close(): Promise<void>;
}

export function createIngestHarness(): IngestHarness {
  let child: ChildProcess | undefined;
  let ready: Promise<void> | undefined;
  let nextId = 0;
  let stderr = '';

  const start = () => {
    stderr = '';
    const current = fork(path.join(ROOT, 'test/reliability/ingest-child.ts'), [], {
      execArgv: ['--expose-gc', `--max-old-space-size=${CHILD_HEAP_MB}`, '--import', TSX_LOADER],
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    current.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    child = current;
    ready = new Promise((resolve, reject) => {
      current.once('message', () => resolve());
      current.once('exit', (code) => reject(new Error(`ingest child exited with ${code} before it was ready: ${stderr}`)));
    });
  };

  const stop = async () => {
    const current = child;
    child = undefined;
    if (!current || current.exitCode !== null || current.signalCode !== null) return;
    const gone = new Promise((resolve) => current.once('exit', resolve));
    current.kill('SIGKILL');
    await gone;
  };

  return {
    async run(job, boundMs) {
      if (!child) start();
      await ready;
      const current = child!;
      const id = ++nextId;
      const started = performance.now();
      return new Promise<JobOutcome>((resolve) => {
        const finish = (outcome: JobOutcome) => {
          clearTimeout(timer);
          current.off('message', onMessage);
          current.off('exit', onExit);
          resolve(outcome);
        };
        const onMessage = (answer: IngestAnswer) => answer.id === id && finish({ kind: 'answered', answer });
        const onExit = (code: number | null, signal: string | null) => {
          child = undefined;
          finish({ kind: 'died', how: `exit ${code ?? signal}: ${stderr.trim().split('\n').slice(-12).join('\n')}` });
        };
        const timer = setTimeout(() => {
          finish({ kind: 'hang', ms: performance.now() - started });
          void stop();
        }, boundMs);
        current.on('message', onMessage);
        current.once('exit', onExit);
        current.send({ ...job, id });
      });
    },
    close: stop,
  };
}
