import type { IngestResult } from '../types.js';
import type { IngestContext } from './ingest-context.js';
import { readDecoded } from './read-decoded.js';
import { readText } from './read-text.js';
import { reject } from './reject.js';
import { sniffKind } from './sniff-kind.js';

/** Bytes looked at to tell a page from a feed. */
const SNIFF_BYTES = 2048;

/**
 * Fetches a URL and reads it as a page or a feed, decided by the content type and,
 * when that is vague (text/plain, application/octet-stream, application/xml), by the content.
 */
export async function readUrl(url: string, context: IngestContext): Promise<IngestResult[]> {
  const fetched = await context.fetchPage(url);
  if (!fetched.ok) return [reject(url, fetched.code, fetched.reason)];
  const { page } = fetched;
  const contentType = page.contentType ?? '';
  const charset = /charset\s*=\s*["']?([\w.:-]+)/iu.exec(contentType)?.[1];
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  // markup that tells a page from a feed is ASCII: look before decoding, so a PDF is "unsupported", not "binary"
  const head = Buffer.from(page.body.buffer, page.body.byteOffset, Math.min(page.body.byteLength, SNIFF_BYTES)).toString('latin1');
  const kind = sniffKind(mediaType, head);
  if (kind === undefined) return [reject(url, 'unsupported', `The content type "${mediaType || '(none)'}" is neither a web page nor a feed.`)];
  const decoded = await readDecoded(url, page.body, charset, kind === 'text' ? 'text' : 'html');
  if (!decoded.ok) return [decoded.result];
  return readText(url, kind === 'html' ? 'url' : kind, decoded.text, context, page.url);
}
