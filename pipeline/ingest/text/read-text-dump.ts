import type { IngestResult } from '../../types.js';
import { makeArticle } from '../make-article.js';
import { reject } from '../reject.js';
import { parseTextDump } from './parse-text-dump.js';

/** Reads a scraped text dump into an article, or rejects it when it holds no running text. */
export async function readTextDump(path: string, text: string): Promise<IngestResult> {
  const dump = await parseTextDump(text);
  if (dump === undefined) return reject(path, 'not-article', 'The text has no paragraph of running text (only short lines such as navigation or headings).');
  return { ok: true, article: makeArticle({ path, kind: 'text', ...dump }) };
}
