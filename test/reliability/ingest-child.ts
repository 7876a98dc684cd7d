// Child process for the fuzz harness (see ingest-harness.ts): runs ingest on
// each job it is sent, one at a time, and answers with what came out plus its
// own memory figures. Living in its own process lets the parent kill it when
// an input hangs (even in a synchronous loop) and measure its memory alone.
import { ingest } from '../../pipeline/ingest/index.js';
import type { FetchOptions } from '../../pipeline/types.js';

/** What the parent sends. */
export interface IngestJob {
  readonly id: number;
  readonly sources: readonly string[];
  readonly cwd: string;
  readonly fetch?: FetchOptions;
  readonly maxFileBytes?: number;
}

/** What the child answers. */
export type IngestAnswer =
  | {
      readonly id: number;
      readonly ok: true;
      readonly inputs: number;
      readonly articles: readonly { readonly path: string; readonly title: string; readonly text: string }[];
      readonly rejected: readonly { readonly path: string; readonly code: string; readonly reason: string }[];
      readonly heapUsed: number;
      readonly maxRssKb: number;
    }
  | { readonly id: number; readonly ok: false; readonly error: string; readonly heapUsed: number; readonly maxRssKb: number };

const gc = (globalThis as { gc?: () => void }).gc;

process.on('message', (job: IngestJob) => {
  void handle(job).then((answer) => process.send!(answer));
});
process.send!({ ready: true });

async function handle(job: IngestJob): Promise<IngestAnswer> {
  try {
    const output = await ingest(job.sources, {
      cwd: job.cwd,
      userAgent: 'actor-digest-fuzz/0',
      ...(job.fetch === undefined ? {} : { fetch: job.fetch }),
      ...(job.maxFileBytes === undefined ? {} : { maxFileBytes: job.maxFileBytes }),
    });
    gc?.();
    return {
      id: job.id,
      ok: true,
      inputs: output.inputs,
      articles: output.articles.map(({ path, title, text }) => ({ path, title, text: text.length > 20_000 ? text.slice(0, 20_000) : text })),
      rejected: output.rejected.map(({ path, code, reason }) => ({ path, code, reason })),
      heapUsed: process.memoryUsage().heapUsed,
      maxRssKb: process.resourceUsage().maxRSS,
    };
  } catch (error) {
    gc?.();
    return {
      id: job.id,
      ok: false,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      heapUsed: process.memoryUsage().heapUsed,
      maxRssKb: process.resourceUsage().maxRSS,
    };
  }
}
