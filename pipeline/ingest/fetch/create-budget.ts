/** A run-wide deadline for fetching. */
export interface Budget {
  /** Aborts when the budget is used up: every request in flight listens to it. */
  readonly signal: AbortSignal;
  /** The rejection reason once it is used up ("the fetch budget of 300 s was used up"). */
  readonly reason: string;
  /** True once the deadline has passed. */
  spent(): boolean;
  /** Waits `ms`, or less when the budget runs out first. */
  sleep(ms: number): Promise<void>;
  /** Settles with `work`, or with `undefined` as soon as the budget runs out (the work is then abandoned). */
  race<T>(work: Promise<T>): Promise<T | undefined>;
  /** Stops the timer (the run's fetching is over). */
  stop(): void;
}

/**
 * Starts a budget of `ms` from now. The timer does not keep the process alive, and
 * the signal aborts at the deadline, so a server that never answers costs at most
 * the budget, not attempts times timeout per URL.
 */
export function createBudget(ms: number): Budget {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error('fetch budget used up')), ms);
  // Requests in flight keep the process alive; the deadline alone must not.
  timer.unref();
  const { signal } = controller;
  const whenSpent = new Promise<undefined>((resolve) => signal.addEventListener('abort', () => resolve(undefined), { once: true }));
  const seconds = ms % 1000 === 0 ? String(ms / 1000) : (ms / 1000).toFixed(1);
  return {
    signal,
    reason: `the fetch budget of ${seconds} s was used up (fetch.budgetMs)`,
    spent: () => signal.aborted,
    sleep: (wait) =>
      new Promise<void>((resolve) => {
        // the timer is cleared when the budget ends first, so no wait outlives the run
        const done = () => {
          clearTimeout(sleeping);
          signal.removeEventListener('abort', done);
          resolve();
        };
        const sleeping = setTimeout(done, wait);
        signal.addEventListener('abort', done, { once: true });
      }),
    race: (work) => Promise.race([work, whenSpent]),
    stop: () => clearTimeout(timer),
  };
}
