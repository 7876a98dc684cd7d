import type { IngestResult, SourceKind } from '../types.js';
import type { Input } from './expand-sources.js';
import type { IngestContext } from './ingest-context.js';
import { readFileInput } from './read-file-input.js';
import { readText } from './read-text.js';
import { readUrl } from './read-url.js';

/** Reads one input (a file or a URL) into zero or more results; never throws. */
export async function readInput(input: Input, context: IngestContext): Promise<IngestResult[]> {
  try {
    if (input.kind === 'url') return await readUrl(input.path, context);
    return await readFileInput(input.path, input.real, context.options.maxFileBytes, (kind: SourceKind, text: string) => readText(input.path, kind, text, context, undefined));
  } catch (error) {
    // a reader bug must not end the run: report it as this input's problem
    return [{ ok: false, rejected: { path: input.path, code: 'unparsable', reason: `Reading failed unexpectedly: ${(error as Error).message}.` } }];
  }
}
