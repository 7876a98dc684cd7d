/**
 * Delays between sending attempts, ms, as an endless generator: `first`, then
 * each `factor` times the one before, capped at `max` (zx's expBackoff shape).
 * Defaults: 5 s, 15 s, 45 s, 60 s...: a mail server answering 421 "try later"
 * usually recovers within a minute, and the scheduled job should not sit for
 * longer (four attempts wait 65 s in all). No jitter: one sender, one server.
 */
export function* expBackoff(first = 5_000, factor = 3, max = 60_000): Generator<number, never, undefined> {
  let delay = first;
  for (;;) {
    yield Math.min(delay, max);
    delay = Math.min(delay * factor, max);
  }
}
