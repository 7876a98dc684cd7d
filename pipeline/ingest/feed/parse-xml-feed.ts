import type { Feed, FeedItem } from './feed-types.js';

/** Only these predefined entities are expanded; a feed declaring its own entities is refused before parsing. */
const ENTITY_LIMITS = { enabled: true, maxEntityCount: 0, maxTotalExpansions: 10_000, maxExpandedLength: 1_000_000, maxEntitySize: 1 } as const;

const PATTERNS = {
  /** An internal DTD subset declaring entities: the "billion laughs" vector. No real feed needs one. */
  entityDeclaration: /<!ENTITY/iu,
} as const;

/**
 * Parses RSS 2.0, RSS 1.0 (RDF) or Atom. Returns the feed, or a sentence saying what is
 * wrong. Entity declarations are refused outright, so entity expansion cannot blow up.
 */
export async function parseXmlFeed(xml: string): Promise<Feed | string> {
  if (PATTERNS.entityDeclaration.test(xml)) return 'the XML declares its own entities, which we refuse to expand (entity-expansion attacks)';
  const { XMLParser, XMLValidator } = await import('fast-xml-parser');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return `the XML is malformed: ${valid.err.msg} (line ${String(valid.err.line)})`;
  let root: Record<string, unknown>;
  try {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', textNodeName: '#text', processEntities: ENTITY_LIMITS, htmlEntities: true, parseTagValue: false, trimValues: true, removeNSPrefix: false });
    root = parser.parse(xml) as Record<string, unknown>;
  } catch (error) {
    return `the XML could not be parsed: ${(error as Error).message}`;
  }
  const rss = record(root['rss']);
  if (rss) {
    const channel = record(rss['channel']) ?? {};
    return { format: 'rss', ...opt('title', text(channel['title'])), items: list(channel['item']).map(rssItem) };
  }
  const rdf = record(root['rdf:RDF']);
  if (rdf) {
    const channel = record(rdf['channel']) ?? {};
    return { format: 'rdf', ...opt('title', text(channel['title'])), items: list(rdf['item']).map(rssItem) };
  }
  const atom = record(root['feed']);
  if (atom) return { format: 'atom', ...opt('title', text(atom['title'])), items: list(atom['entry']).map(atomEntry) };
  return 'the XML is not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root)';
}

function rssItem(value: unknown): FeedItem {
  const item = record(value) ?? {};
  return clean({
    title: text(item['title']),
    link: text(item['link']) ?? permalink(item['guid']),
    contentHtml: text(item['content:encoded']),
    summary: text(item['description']),
    date: text(item['pubDate']) ?? text(item['dc:date']) ?? text(item['published']),
    author: text(item['dc:creator']) ?? text(item['author']),
    lang: text(item['dc:language']),
  });
}

function atomEntry(value: unknown): FeedItem {
  const entry = record(value) ?? {};
  const links = list(entry['link']).map(record).filter((l): l is Record<string, unknown> => l !== undefined);
  const alternate = links.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate') ?? links[0];
  const authors = list(entry['author']).map((a) => text(record(a)?.['name'] ?? a)).filter((a): a is string => a !== undefined);
  return clean({
    title: text(entry['title']),
    link: text(alternate?.['@_href']),
    contentHtml: text(entry['content']),
    summary: text(entry['summary']),
    date: text(entry['published']) ?? text(entry['updated']),
    author: authors.length > 0 ? authors.join(', ') : undefined,
    lang: text(record(entry['content'])?.['@_xml:lang']) ?? text(entry['@_xml:lang']),
  });
}

function permalink(guid: unknown): string | undefined {
  const g = record(guid);
  const value = text(guid);
  if (value === undefined || !/^https?:\/\//iu.test(value)) return undefined;
  return g?.['@_isPermaLink'] === 'false' ? undefined : value;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function list(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

/** A node's text: a string, or the #text of an element with attributes. */
function text(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || undefined;
  const r = record(value);
  return r ? text(r['#text']) : undefined;
}

function opt<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

function clean(item: Record<string, string | undefined>): FeedItem {
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined)) as FeedItem;
}
