import type { CachedPage, IngestOptions } from '../../types.js';
import type { FetchOutcome } from '../ingest-context.js';
import { checkHost } from './check-host.js';
import { createLimiter, type Limiter } from './create-limiter.js';
import { readCappedBody } from './read-capped-body.js';
import { retryDelay } from './retry-delay.js';

/** Defaults for every fetch option (IngestOptions.fetch documents each). */
const DEFAULTS = {
  /** A news page answers in a few seconds; 15 s covers slow sites without stalling a run. */
  timeoutMs: 15_000,
  /** 5 MB: the largest real article pages are ~2 MB of HTML. */
  maxBytes: 5 * 1024 * 1024,
  attempts: 3,
  concurrency: 8,
  /** Two at a time per host: polite, and what browsers did per host in HTTP/1 days. */
  perHost: 2,
  maxRedirects: 5,
} as const;
const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.8';

type Attempt =
  | { kind: 'page'; page: CachedPage }
  | { kind: 'redirect'; location: string }
  | { kind: 'retry'; reason: string; retryAfter: string | null }
  | { kind: 'fail'; outcome: FetchOutcome };

/**
 * Creates the run's fetcher: one limit on requests in flight overall and per host,
 * the page cache consulted first (unless refresh), private addresses refused, redirects
 * followed by hand (each hop checked), retries with backoff on network errors, timeouts,
 * 5xx and 429 (honouring Retry-After), and a streamed size cap.
 */
export function createFetcher(options: IngestOptions): (url: string) => Promise<FetchOutcome> {
  const settings = { ...DEFAULTS, ...options.fetch };
  const allowPrivate = (options.fetch?.allowPrivate ?? []).map((h) => h.toLowerCase());
  const overall = createLimiter(settings.concurrency);
  const hosts = new Map<string, Limiter>();
  const inFlight = new Map<string, Promise<FetchOutcome>>();

  const attemptOnce = async (url: URL): Promise<Attempt> => {
    let response: Response;
    try {
      response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(settings.timeoutMs), headers: { 'user-agent': options.userAgent, accept: ACCEPT } });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location !== null) {
        await response.body?.cancel().catch(() => undefined);
        return { kind: 'redirect', location };
      }
      if (response.status === 429 || response.status >= 500) {
        await response.body?.cancel().catch(() => undefined);
        return { kind: 'retry', reason: `the server answered HTTP ${String(response.status)} ${response.statusText}`.trim(), retryAfter: response.headers.get('retry-after') };
      }
      if (response.status >= 300) {
        await response.body?.cancel().catch(() => undefined);
        return fail('unreachable', `the server answered HTTP ${String(response.status)} ${response.statusText}`.trim());
      }
      const declared = Number(response.headers.get('content-length') ?? '0');
      if (declared > settings.maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        return fail('too-large', `the server announced ${String(declared)} bytes, over the limit of ${String(settings.maxBytes)}`);
      }
      const body = await readCappedBody(response, settings.maxBytes);
      if (!body.ok) return fail('too-large', `the body passed the limit of ${String(settings.maxBytes)} bytes (stopped reading there)`);
      const contentType = response.headers.get('content-type') ?? undefined;
      return { kind: 'page', page: { url: url.href, status: response.status, ...(contentType !== undefined && { contentType }), body: body.body } };
    } catch (error) {
      const name = (error as Error).name;
      const reason = name === 'TimeoutError' || name === 'AbortError'
        ? `no complete answer within ${String(settings.timeoutMs)} ms`
        : `network error (${String((error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message)})`;
      return { kind: 'retry', reason, retryAfter: null };
    }
  };

  const withRetries = async (url: URL): Promise<Attempt> => {
    const hostLimit = hosts.get(url.host) ?? createLimiter(settings.perHost);
    hosts.set(url.host, hostLimit);
    for (let attempt = 1; ; attempt++) {
      const result = await hostLimit(() => overall(() => attemptOnce(url)));
      if (result.kind !== 'retry') return result;
      const wait = retryDelay(attempt, result.retryAfter, Date.now());
      if (attempt >= settings.attempts || wait === undefined) {
        return fail('unreachable', `${result.reason} (gave up after ${String(attempt)} attempt${attempt === 1 ? '' : 's'})`);
      }
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  };

  const follow = async (requested: string): Promise<FetchOutcome> => {
    let current: URL;
    try {
      current = new URL(requested);
    } catch {
      return { ok: false, code: 'unparsable', reason: `The address ${requested} is not a valid URL.` };
    }
    const chain = [current.href];
    for (let hop = 0; ; hop++) {
      if (current.protocol !== 'http:' && current.protocol !== 'https:') return { ok: false, code: 'blocked', reason: `The address ${current.href} is not http or https.` };
      const host = await checkHost(current.hostname, allowPrivate);
      if (host && 'blocked' in host) return { ok: false, code: 'blocked', reason: `Refused to fetch ${current.href}: ${host.blocked}.` };
      if (host && 'unresolved' in host) return { ok: false, code: 'unreachable', reason: `Could not fetch ${current.href}: ${host.unresolved}.` };
      const result = await withRetries(current);
      if (result.kind === 'page') return { ok: true, page: result.page };
      if (result.kind === 'fail') return result.outcome.ok ? result.outcome : { ...result.outcome, reason: `Could not fetch ${current.href}: ${result.outcome.reason}.` };
      if (result.kind !== 'redirect') return { ok: false, code: 'unreachable', reason: `Could not fetch ${current.href}.` };
      const next = new URL(result.location, current);
      if (chain.includes(next.href)) return { ok: false, code: 'unreachable', reason: `Redirect loop: ${[...chain, next.href].join(' -> ')}.` };
      if (hop >= settings.maxRedirects) return { ok: false, code: 'unreachable', reason: `More than ${String(settings.maxRedirects)} redirects from ${requested}.` };
      chain.push(next.href);
      current = next;
    }
  };

  return (url) => {
    const running = inFlight.get(url);
    if (running) return running;
    const started = (async (): Promise<FetchOutcome> => {
      if (options.cache && !options.refresh) {
        const hit = await options.cache.get(url).catch(() => undefined);
        if (hit) return { ok: true, page: hit };
      }
      const outcome = await follow(url);
      if (outcome.ok && options.cache) await options.cache.put(url, outcome.page).catch(() => undefined);
      return outcome;
    })();
    inFlight.set(url, started);
    return started;
  };
}

function fail(code: 'unreachable' | 'too-large', reason: string): Attempt {
  return { kind: 'fail', outcome: { ok: false, code, reason } };
}
