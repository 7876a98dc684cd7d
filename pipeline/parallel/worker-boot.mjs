// Entry of every pipeline worker thread: the stages are TypeScript, so the
// thread registers tsx's loader itself (a worker started with no execArgv has
// none, and one started from a test runner never had it) and then imports the
// stage's worker module named in workerData.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
