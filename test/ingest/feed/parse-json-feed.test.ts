import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJsonFeed } from '../../../pipeline/ingest/feed/parse-json-feed.js';

describe('parseJsonFeed', () => {
  it('reads JSON Feed 1.1 items with authors and plain-text content', () => {
    const feed = parseJsonFeed(readFileSync(new URL('../../fixtures/ingest/feed/json-feed.json', import.meta.url), 'utf8'));
    if (typeof feed === 'string') throw new Error(feed);
    expect(feed).toMatchObject({ format: 'json', title: 'Mountain Weather Desk' });
    expect(feed.items[0]).toMatchObject({ title: 'Avalanche Warning Raised to Level Four in the Northern Valleys', author: 'Elena Rossi', date: '2025-01-19T07:30:00+01:00', link: 'https://mountain-weather.example/avalanche-warning' });
  });

  it('says what is wrong with JSON that is not a feed', () => {
    expect(parseJsonFeed('{"items": []}')).toContain('not a JSON Feed');
    expect(parseJsonFeed('{"version": ')).toContain('malformed');
  });
});
