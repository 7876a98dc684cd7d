import type { IngestResult } from '../../types.js';
import type { IngestContext } from '../ingest-context.js';
import { reject } from '../reject.js';
import { parseJsonFeed } from './parse-json-feed.js';
import { parseXmlFeed } from './parse-xml-feed.js';
import { readFeedItem } from './read-feed-item.js';

/**
 * Reads an RSS, Atom or JSON feed into one result per item, in feed order. A feed
 * that cannot be parsed, or has no items, is one rejection.
 */
export async function readFeed(path: string, text: string, context: IngestContext): Promise<IngestResult[]> {
  const start = text.trimStart().charAt(0);
  const feed = start === '{' || start === '[' ? parseJsonFeed(text) : await parseXmlFeed(text);
  if (typeof feed === 'string') return [reject(path, 'unparsable', `The feed could not be read: ${feed}.`)];
  if (feed.items.length === 0) return [reject(path, 'not-article', `The feed has no items (${feed.format === 'json' ? 'JSON Feed' : feed.format.toUpperCase()} feed).`)];
  return Promise.all(feed.items.map((item, i) => readFeedItem(path, i + 1, item, feed.title, context)));
}
