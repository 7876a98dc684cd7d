import type { Article, IngestOptions, IngestOutput, Rejected } from '../types.js';
import { expandSources } from './expand-sources.js';
import type { FetchOutcome, IngestContext } from './ingest-context.js';
import { readInputs } from './read-inputs.js';

/**
 * Reads every source (file, folder, glob, page or feed URL) into clean articles and
 * rejections. Never throws for bad input: each problem becomes a `Rejected` with a reason.
 * Articles are sorted by input path then position within the input; rejections by path.
 */
export async function ingest(sources: readonly string[], options: IngestOptions): Promise<IngestOutput> {
  const { inputs, rejected: missing } = await expandSources(sources, options.cwd, options.exclude);
  const context = createContext(options);
  const total = inputs.length + missing.length;
  let done = missing.length;
  if (missing.length > 0) options.onProgress?.(done, total);
  const results = await readInputs(inputs, context, (count) => {
    done += count;
    options.onProgress?.(done, total);
  });

  const ordered = inputs.flatMap((input, i) => (results[i] ?? []).map((result, position) => ({ key: input.path, position, result })));
  ordered.sort((a, b) => compare(a.key, b.key) || a.position - b.position);
  const articles: Article[] = [];
  const rejected: Rejected[] = missing.flatMap((r) => (r.ok ? [] : [r.rejected]));
  for (const { result } of ordered) {
    if (result.ok) articles.push(result.article);
    else rejected.push(result.rejected);
  }
  rejected.sort((a, b) => compare(a.path, b.path));
  return { articles, rejected, inputs: articles.length + rejected.length };
}

/** The run's shared context; the fetcher (and its limits) is created on the first URL. */
function createContext(options: IngestOptions): IngestContext {
  let fetcher: Promise<(url: string) => Promise<FetchOutcome>> | undefined;
  return {
    options,
    fetchPage: async (url) => {
      fetcher ??= import('./fetch/create-fetcher.js').then(({ createFetcher }) => createFetcher(options));
      return (await fetcher)(url);
    },
  };
}

/** Code-point order: the same on every machine and locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
