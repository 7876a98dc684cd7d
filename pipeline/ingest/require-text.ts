import type { IngestResult } from '../types.js';
import { reject } from './reject.js';

/**
 * The last check on every reader's result: an article whose text is empty after
 * normalisation (only control characters, invisible marks or spaces) is refused as
 * `empty`, whatever the reader made of it. makeArticle has already given any article
 * with text a title.
 */
export function requireText(result: IngestResult): IngestResult {
  if (!result.ok) return result;
  const { article } = result;
  if (article.text.trim() === '') return reject(article.path, 'empty', 'The input has no readable text once control and invisible characters are removed.');
  if (article.title.trim() === '') return reject(article.path, 'empty', 'The input has no title and no text to make one from.');
  return result;
}
