// Entry of every pipeline worker thread. Compiled, the stage's worker module is
// plain JavaScript and is imported as it is. From the TypeScript sources the
// thread registers tsx's loader itself first (a worker started with no execArgv
// has none, and one started from a test runner never had it).
import { workerData } from 'node:worker_threads';

if (workerData.module.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.module);
