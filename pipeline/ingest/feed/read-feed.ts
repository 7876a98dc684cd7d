import type { IngestResult } from '../../types.js';
import type { IngestContext } from '../ingest-context.js';
import { reject } from '../reject.js';
import { parseJsonFeed } from './parse-json-feed.js';
import { parseXmlFeed } from './parse-xml-feed.js';
import { readFeedItem } from './read-feed-item.js';

/**
 * Items read from one feed by default. A real feed carries 10 to 100; more is an
 * archive dump, and each teaser item may cost a fetch. `maxFeedItems` in the config
 * raises it for a user who means to read such a dump.
 */
const DEFAULT_MAX_ITEMS = 500;

/**
 * Reads an RSS, Atom or JSON feed into one result per item, in feed order. A feed
 * that cannot be parsed, or has no items, is one rejection. Items past the cap are
 * not read, and the feed is listed as rejected too, saying how many were dropped.
 */
export async function readFeed(path: string, text: string, context: IngestContext): Promise<IngestResult[]> {
  const start = text.trimStart().charAt(0);
  const feed = start === '{' || start === '[' ? parseJsonFeed(text) : await parseXmlFeed(text);
  if (typeof feed === 'string') return [reject(path, 'unparsable', `The feed could not be read: ${feed}.`)];
  if (feed.items.length === 0) return [reject(path, 'not-article', `The feed has no items (${feed.format === 'json' ? 'JSON Feed' : feed.format.toUpperCase()} feed).`)];
  const max = context.options.maxFeedItems ?? DEFAULT_MAX_ITEMS;
  const items = feed.items.slice(0, max);
  const read = await Promise.all(items.map((item, i) => readFeedItem(path, i + 1, item, feed.title, context)));
  const dropped = feed.items.length - items.length;
  if (dropped === 0) return read;
  const reason = `The feed has ${String(feed.items.length)} items: the first ${String(max)} were read and ${String(dropped)} dropped (maxFeedItems raises the cap).`;
  return [...read, reject(path, 'too-large', reason)];
}
