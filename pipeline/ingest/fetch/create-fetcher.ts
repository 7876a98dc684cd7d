import { fetch } from 'undici';
import type { CachedPage, IngestOptions, PrivateAddress } from '../../types.js';
import type { FetchOutcome } from '../ingest-context.js';
import { checkHost } from './check-host.js';
import { createBudget } from './create-budget.js';
import { createLimiter, type Limiter } from './create-limiter.js';
import { createPinnedDispatcher } from './create-pinned-dispatcher.js';
import { isPrivateAllowed } from './is-private-allowed.js';
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
  /**
   * Five minutes for all fetching: the scheduled workflow stops a job at 20 minutes,
   * and ingest, the other stages, the commit and the email need the rest. A feed of
   * teasers on a host that never answers used to cost 46 s per item, without end.
   */
  budgetMs: 5 * 60_000,
} as const;
const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.8';

type Attempt =
  | { kind: 'page'; page: CachedPage }
  | { kind: 'redirect'; location: string }
  | { kind: 'retry'; reason: string; retryAfter: string | null }
  | { kind: 'fail'; outcome: FetchOutcome };

/** The run's fetcher, and how to end it. */
export interface Fetcher {
  /** Fetches a URL with every limit applied; never throws. */
  readonly fetch: (url: string) => Promise<FetchOutcome>;
  /** Ends the run's fetching: stops the budget's timer and closes idle connections. */
  close(): Promise<void>;
}

/**
 * Creates the run's fetcher: one limit on requests in flight overall and per host, one
 * budget for all fetching (in-flight requests are aborted when it ends), the page cache
 * consulted first (unless refresh, and only while the private addresses it came from are
 * still allowed), private addresses refused, each host resolved once and connected to at
 * exactly the checked addresses, redirects followed by hand (each hop checked), retries
 * with backoff on network errors, timeouts, 5xx and 429 (honouring Retry-After), and a
 * streamed size cap. Credentials in a URL become an Authorization header for that origin
 * only (fetch refuses them in the URL).
 */
export function createFetcher(options: IngestOptions): Fetcher {
  const settings = { ...DEFAULTS, ...options.fetch };
  const allowPrivate = (options.fetch?.allowPrivate ?? []).map((h) => h.toLowerCase());
  const overall = createLimiter(settings.concurrency);
  const hosts = new Map<string, Limiter>();
  const inFlight = new Map<string, Promise<FetchOutcome>>();
  const budget = createBudget(settings.budgetMs);
  const pinned = createPinnedDispatcher();
  const spent = (url: URL): FetchOutcome => ({ ok: false, code: 'unreachable', reason: `Could not fetch ${url.href}: ${budget.reason}.` });

  const attemptOnce = async (url: URL, authorization: string | undefined): Promise<Attempt> => {
    try {
      const headers = { 'user-agent': options.userAgent, accept: ACCEPT, ...(authorization !== undefined && { authorization }) };
      const signal = AbortSignal.any([AbortSignal.timeout(settings.timeoutMs), budget.signal]);
      const response = await fetch(url, { redirect: 'manual', signal, headers, dispatcher: pinned.dispatcher });
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
      if (budget.spent()) return fail('unreachable', budget.reason);
      const name = (error as Error).name;
      const reason = name === 'TimeoutError' || name === 'AbortError'
        ? `no complete answer within ${String(settings.timeoutMs)} ms`
        : `network error (${String((error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message)})`;
      return { kind: 'retry', reason, retryAfter: null };
    }
  };

  const withRetries = async (url: URL, authorization: string | undefined): Promise<Attempt> => {
    const hostLimit = hosts.get(url.host) ?? createLimiter(settings.perHost);
    hosts.set(url.host, hostLimit);
    for (let attempt = 1; ; attempt++) {
      const result = await hostLimit(() => overall(() => (budget.spent() ? Promise.resolve(fail('unreachable', budget.reason)) : attemptOnce(url, authorization))));
      if (result.kind !== 'retry') return result;
      const wait = retryDelay(attempt, result.retryAfter, Date.now());
      if (attempt >= settings.attempts || wait === undefined) {
        return fail('unreachable', `${result.reason} (gave up after ${String(attempt)} attempt${attempt === 1 ? '' : 's'})`);
      }
      await budget.sleep(wait);
    }
  };

  const follow = async (requested: string): Promise<FetchOutcome> => {
    let current: URL;
    try {
      current = new URL(requested);
    } catch {
      return { ok: false, code: 'unparsable', reason: `The address ${requested} is not a valid URL.` };
    }
    const credentials = takeCredentials(current);
    const chain = [current.href];
    const privateAddresses: PrivateAddress[] = [];
    for (let hop = 0; ; hop++) {
      if (current.protocol !== 'http:' && current.protocol !== 'https:') return { ok: false, code: 'blocked', reason: `The address ${current.href} is not http or https.` };
      if (budget.spent()) return spent(current);
      const host = await budget.race(checkHost(current.hostname, allowPrivate, options.lookup));
      if (host === undefined) return spent(current);
      if (!host.ok) return { ok: false, code: host.code, reason: `${host.code === 'blocked' ? 'Refused to fetch' : 'Could not fetch'} ${current.href}: ${host.reason}.` };
      pinned.pin(current.hostname.replace(/^\[|\]$/gu, '').toLowerCase(), host.addresses);
      privateAddresses.push(...host.privateAddresses);
      const result = await withRetries(current, credentials?.origin === current.origin ? credentials.header : undefined);
      if (result.kind === 'page') return { ok: true, page: { ...result.page, privateAddresses } };
      if (result.kind === 'fail') return result.outcome.ok ? result.outcome : { ...result.outcome, reason: `Could not fetch ${current.href}: ${result.outcome.reason}.` };
      if (result.kind !== 'redirect') return { ok: false, code: 'unreachable', reason: `Could not fetch ${current.href}.` };
      const next = new URL(result.location, current);
      // credentials are the user's, for the origin they named: a redirect can neither carry nor choose them
      takeCredentials(next);
      if (chain.includes(next.href)) return { ok: false, code: 'unreachable', reason: `Redirect loop: ${[...chain, next.href].join(' -> ')}.` };
      if (hop >= settings.maxRedirects) return { ok: false, code: 'unreachable', reason: `More than ${String(settings.maxRedirects)} redirects from ${requested}.` };
      chain.push(next.href);
      current = next;
    }
  };

  return {
    fetch: (url) => {
      const running = inFlight.get(url);
      if (running) return running;
      const started = (async (): Promise<FetchOutcome> => {
        if (options.cache && !options.refresh) {
          const hit = await options.cache.get(url).catch(() => undefined);
          // A page fetched while its host was allowed to be private is served only while it still is;
          // a stored page that does not say (written before this was recorded) is fetched again.
          if (hit?.privateAddresses?.every((entry) => isPrivateAllowed(entry, allowPrivate))) return { ok: true, page: hit };
        }
        const outcome = await follow(url);
        if (outcome.ok && options.cache) await options.cache.put(url, outcome.page).catch(() => undefined);
        return outcome;
      })();
      inFlight.set(url, started);
      return started;
    },
    close: async () => {
      budget.stop();
      await pinned.close();
    },
  };
}

/** Removes `user:password@` from a URL (in place) and returns it as a Basic Authorization header for its origin. */
function takeCredentials(url: URL): { origin: string; header: string } | undefined {
  if (url.username === '' && url.password === '') return undefined;
  const user = safeDecode(url.username);
  const password = safeDecode(url.password);
  url.username = '';
  url.password = '';
  return { origin: url.origin, header: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function fail(code: 'unreachable' | 'too-large', reason: string): Attempt {
  return { kind: 'fail', outcome: { ok: false, code, reason } };
}
