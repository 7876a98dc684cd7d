import type { SourceKind } from '../types.js';

const SHAPES = {
  html: /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/iu,
  feed: /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<\?[^>]*>\s*)*<(?:rss|feed|rdf:RDF)\b/iu,
  /** A UTF-8 byte-order mark, decoded or seen as Latin-1 bytes. */
  bom: /^(?:\ufeff|\u00ef\u00bb\u00bf)/u,
  jsonFeed: /^\s*\{[\s\S]*"version"\s*:\s*"https:\/\/jsonfeed\.org\/version\//u,
} as const;
/** Only the start of a document is looked at to tell its kind. */
const SNIFF_CHARS = 2048;

/** Media types that name their kind outright. */
const BY_TYPE: Readonly<Record<string, SourceKind>> = {
  'text/html': 'html', 'application/xhtml+xml': 'html',
  'application/rss+xml': 'feed', 'application/atom+xml': 'feed', 'application/feed+json': 'feed', 'application/rdf+xml': 'feed',
};
/** Media types whose content must be looked at. */
const VAGUE = new Set(['', 'text/plain', 'text/xml', 'application/xml', 'application/octet-stream', 'application/json']);

/** Says whether fetched content is a page, a feed or plain text, from its media type and its first bytes. */
export function sniffKind(mediaType: string, text: string): SourceKind | undefined {
  const named = BY_TYPE[mediaType];
  if (named !== undefined) return named;
  if (!VAGUE.has(mediaType)) return undefined;
  const head = text.slice(0, SNIFF_CHARS).replace(SHAPES.bom, '');
  if (SHAPES.feed.test(head) || SHAPES.jsonFeed.test(head)) return 'feed';
  if (SHAPES.html.test(head)) return 'html';
  return mediaType === 'text/plain' ? 'text' : undefined;
}
