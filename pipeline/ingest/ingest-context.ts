import type { CachedPage, IngestOptions, RejectCode } from '../types.js';

/** A fetched page, or why it could not be fetched. */
export type FetchOutcome =
  | { readonly ok: true; readonly page: CachedPage }
  | { readonly ok: false; readonly code: RejectCode; readonly reason: string };

/** What readers share during one ingest run: the options and the one fetcher (its limits are per run). */
export interface IngestContext {
  readonly options: IngestOptions;
  /** Fetches a URL with every limit applied (timeout, size, retries, concurrency, private addresses, cache). */
  readonly fetchPage: (url: string) => Promise<FetchOutcome>;
}
