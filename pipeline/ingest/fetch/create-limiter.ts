/** Runs async tasks with at most `max` in flight; the rest wait in order. */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

/** Creates a limiter allowing `max` tasks at once (first come, first served). */
export function createLimiter(max: number): Limiter {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (active >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    active += 1;
    try {
      return await task();
    } finally {
      active -= 1;
      waiting.shift()?.();
    }
  };
}
