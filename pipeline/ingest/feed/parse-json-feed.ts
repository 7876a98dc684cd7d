import type { Feed, FeedItem } from './feed-types.js';

/** Parses a JSON Feed (version 1 or 1.1). Returns the feed, or a sentence saying what is wrong. */
export function parseJsonFeed(json: string): Feed | string {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return `the JSON is malformed: ${(error as Error).message}`;
  }
  const feed = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  if (!feed || typeof feed['version'] !== 'string' || !feed['version'].startsWith('https://jsonfeed.org/version/') || !Array.isArray(feed['items'])) {
    return 'the JSON is not a JSON Feed (no jsonfeed.org "version" and "items")';
  }
  const items = (feed['items'] as unknown[]).map((value): FeedItem => {
    const item = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
    const authors = [item['authors'], item['author']].flat().map((a) => str((a as Record<string, unknown> | undefined)?.['name'])).filter(Boolean);
    const fields = {
      title: str(item['title']),
      link: str(item['url']) ?? str(item['external_url']),
      contentHtml: str(item['content_html']),
      contentText: str(item['content_text']),
      summary: str(item['summary']),
      date: str(item['date_published']) ?? str(item['date_modified']),
      author: authors.length > 0 ? authors.join(', ') : undefined,
      lang: str(item['language']),
    };
    return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as FeedItem;
  });
  const title = str(feed['title']);
  return { format: 'json', ...(title !== undefined && { title }), items };
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
