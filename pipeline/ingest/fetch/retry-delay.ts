/** First backoff delay, ms; doubled per attempt (250, 500, 1000...). Short enough for a daily run, long enough to let a 503 pass. */
const BACKOFF_BASE_MS = 250;
/** Longest wait we honour from Retry-After, ms: a server asking for more is treated as down for this run. */
const MAX_RETRY_AFTER_MS = 30_000;

/**
 * How long to wait before attempt `attempt + 1` (attempt counts from 1): the server's
 * Retry-After (seconds or an HTTP date) when given and not too long, else exponential
 * backoff. Returns undefined when Retry-After asks for longer than we wait.
 */
export function retryDelay(attempt: number, retryAfter: string | null, now: number): number | undefined {
  if (retryAfter !== null && retryAfter.trim() !== '') {
    const seconds = Number(retryAfter.trim());
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - now;
    if (Number.isFinite(ms)) return ms > MAX_RETRY_AFTER_MS ? undefined : Math.max(0, ms);
  }
  return BACKOFF_BASE_MS * 2 ** (attempt - 1);
}
