import { redactUrl } from '../safety/redact-url.js';
import type { Article, IngestOptions, IngestOutput, Rejected } from '../types.js';
import { expandSources } from './expand-sources.js';
import type { Fetcher } from './fetch/create-fetcher.js';
import type { IngestContext } from './ingest-context.js';
import { readInputs } from './read-inputs.js';

/**
 * Reads every source (file, folder, glob, page or feed URL) into clean articles and
 * rejections. Never throws for bad input: each problem becomes a `Rejected` with a reason.
 * Articles are sorted by input path then position within the input; rejections by path.
 */
export async function ingest(sources: readonly string[], options: IngestOptions): Promise<IngestOutput> {
  const { inputs, rejected: missing } = await expandSources(sources, options.cwd, options.exclude);
  const { context, close } = createContext(options);
  const total = inputs.length + missing.length;
  let done = missing.length;
  if (missing.length > 0) options.onProgress?.(done, total);
  const results = await readInputs(inputs, context, (count) => {
    done += count;
    options.onProgress?.(done, total);
  }).finally(close);

  const ordered = inputs.flatMap((input, i) => (results[i] ?? []).map((result, position) => ({ key: redactUrl(input.path), position, result })));
  ordered.sort((a, b) => compare(a.key, b.key) || a.position - b.position);
  const articles: Article[] = [];
  const rejected: Rejected[] = missing.flatMap((r) => (r.ok ? [] : [redactRejected(r.rejected)]));
  for (const { result } of ordered) {
    if (result.ok) articles.push(redactArticle(result.article));
    else rejected.push(redactRejected(result.rejected));
  }
  rejected.sort((a, b) => compare(a.path, b.path));
  return { articles, rejected, inputs: articles.length + rejected.length };
}

/**
 * What ingest hands on shows no credentials or secret query parameters: a URL input,
 * a feed item's `feed#n`, an article's link and every reason pass through redactUrl
 * here, once, while the readers kept the real URLs to fetch with.
 */
function redactArticle(article: Article): Article {
  const links = article.links?.map((link) => ({ ...link, url: redactUrl(link.url) }));
  return { ...article, path: redactUrl(article.path), ...(article.url !== undefined && { url: redactUrl(article.url) }), ...(links !== undefined && { links }) };
}

function redactRejected(rejected: Rejected): Rejected {
  return { ...rejected, path: redactUrl(rejected.path), reason: redactUrl(rejected.reason) };
}

/** The run's shared context; the fetcher (and its limits and budget) is created on the first URL and closed by `close`. */
function createContext(options: IngestOptions): { context: IngestContext; close: () => Promise<void> } {
  let fetcher: Promise<Fetcher> | undefined;
  return {
    context: {
      options,
      fetchPage: async (url) => {
        fetcher ??= import('./fetch/create-fetcher.js').then(({ createFetcher }) => createFetcher(options));
        return (await fetcher).fetch(url);
      },
    },
    close: async () => {
      if (fetcher) await (await fetcher).close();
    },
  };
}

/** Code-point order: the same on every machine and locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
