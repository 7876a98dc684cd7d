import type { IngestResult, SourceKind } from '../types.js';
import type { IngestContext } from './ingest-context.js';
import { requireText } from './require-text.js';
import { readTextDump } from './text/read-text-dump.js';

/**
 * Hands decoded text to the reader for its kind. Heavy readers (HTML, feeds, Markdown)
 * are imported on first use, so a run over text dumps never loads them.
 * `url` is the page's address when it was fetched. Every result passes `requireText`.
 */
export async function readText(path: string, kind: SourceKind, text: string, context: IngestContext, url: string | undefined): Promise<IngestResult[]> {
  return (await readByKind(path, kind, text, context, url)).map(requireText);
}

async function readByKind(path: string, kind: SourceKind, text: string, context: IngestContext, url: string | undefined): Promise<IngestResult[]> {
  switch (kind) {
    case 'text':
      return [await readTextDump(path, text)];
    case 'markdown': {
      const { readMarkdown } = await import('./markdown/read-markdown.js');
      return [await readMarkdown(path, text)];
    }
    case 'html':
    case 'url': {
      const { readHtml } = await import('./html/read-html.js');
      return [await readHtml(path, text, url, kind)];
    }
    case 'feed': {
      const { readFeed } = await import('./feed/read-feed.js');
      return readFeed(path, text, context);
    }
  }
}
