import os from 'node:os';

/** One thread per core; none on a single core, where a worker only adds its start-up to the same work. */
export function threadsPerCore(): number {
  const cores = os.availableParallelism();
  return cores > 1 ? cores : 0;
}
