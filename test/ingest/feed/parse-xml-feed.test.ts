import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseXmlFeed } from '../../../pipeline/ingest/feed/parse-xml-feed.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/ingest/feed/${name}`, import.meta.url), 'utf8');

describe('parseXmlFeed', () => {
  it('reads RSS 2.0 items with content:encoded, dc:creator and decoded entities', async () => {
    const feed = await parseXmlFeed(fixture('rss-full.xml'));
    if (typeof feed === 'string') throw new Error(feed);
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Prairie Observer');
    expect(feed.items.map((i) => i.title)).toEqual(['Wind Farm Expansion Approved Despite Objections From Ranchers', 'County Library Extends Opening Hours & Adds Sunday Service']);
    expect(feed.items[0]).toMatchObject({ author: 'Dana Whitfield', date: 'Tue, 09 Apr 2024 14:20:00 -0500', link: 'https://prairie-observer.example/2024/wind-farm' });
    expect(feed.items[0]?.contentHtml).toContain('<p>State regulators');
  });

  it('reads Atom entries with their alternate link, author and escaped HTML content', async () => {
    const feed = await parseXmlFeed(fixture('atom.xml'));
    if (typeof feed === 'string') throw new Error(feed);
    expect(feed.format).toBe('atom');
    expect(feed.items[0]).toMatchObject({ title: 'Port Authority Tests Autonomous Cargo Shuttles', link: 'https://harbourside.example/notes/autonomous-shuttles', author: 'Mei Tanaka', date: '2023-09-28T08:15:00+02:00' });
    expect(feed.items[0]?.contentHtml).toContain('<p>The port authority');
    expect(feed.items[1]).toMatchObject({ link: 'https://harbourside.example/notes/wifi', date: '2023-09-20T16:00:00Z' });
  });

  it('refuses a document that declares entities (billion laughs) without expanding them', async () => {
    expect(await parseXmlFeed(fixture('billion-laughs.xml'))).toContain('declares its own entities');
  });

  it('says where malformed XML breaks', async () => {
    expect(await parseXmlFeed(fixture('malformed.xml'))).toMatch(/malformed: .*line \d+/u);
  });

  it('says when XML is not a feed', async () => {
    expect(await parseXmlFeed('<?xml version="1.0"?><html><body/></html>')).toContain('not an RSS or Atom feed');
  });
});
