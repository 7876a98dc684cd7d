import type {
  ArticleText,
  Digest,
  DigestActor,
  DigestArticle,
  DigestDuplicate,
  DigestStory,
  Interaction,
  Member,
  Point,
} from '../types.js';
import { truncateLine } from '../text-safety/truncate-line.js';

/** Stands in for the articles while the rest of the digest is stringified; escaped by JSON.stringify, so no text can contain it. */
const ARTICLES_SLOT = '\u0000articles\u0000';
/** Indent of an array element at the digest's second level, as JSON.stringify(value, null, 2) writes it. */
const ELEMENT_INDENT = '    ';
/**
 * Longest excerpt, characters: a paragraph's worth, enough for a program to
 * show what an article is about. The full bodies were 60 % of a day's
 * committed bytes (200 articles: 0.9 of 1.5 MB of JSON), and they republish
 * every outlet's text in the repository.
 */
export const EXCERPT_CHARS = 400;

/**
 * The digest as `out/<date>.json`, UTF-8, with each article's `text` whole or
 * as an excerpt (the field `articleText` says which): two-space indent, a final newline,
 * and keys in the order of the contract whatever order the value was built in,
 * so the file diffs cleanly from day to day. Optional fields are left out when
 * absent. The bytes are exactly JSON.stringify(digest, null, 2) plus a newline,
 * but built article by article: with every article's text, one string for a
 * 100,000-article digest comes within 10 % of V8's longest string (about 536 M
 * characters), and a larger digest would pass it.
 */
export function renderJson(digest: Digest, articleText: ArticleText = 'full'): Uint8Array {
  const ordered = {
    schemaVersion: digest.schemaVersion,
    date: digest.date,
    generator: digest.generator,
    stats: {
      inputs: digest.stats.inputs,
      articles: digest.stats.articles,
      stories: digest.stats.stories,
      duplicates: digest.stats.duplicates,
      rejected: digest.stats.rejected,
      actors: digest.stats.actors,
    },
    articles: ARTICLES_SLOT,
    rejected: digest.rejected.map((r) => ({ path: r.path, reason: r.reason })),
    actors: digest.actors.map(orderActor),
    mentioned: digest.mentioned.map((m) => ({ id: m.id, name: m.name, kind: m.kind, articleRefs: [...m.articleRefs], members: m.members?.map(orderMember) })),
    interactions: digest.interactions.map(orderInteraction),
    stories: digest.stories.map(orderStory),
    articleText,
  };
  const [before = '', after = ''] = `${JSON.stringify(ordered, null, 2)}\n`.split(JSON.stringify(ARTICLES_SLOT));
  const chunks: Uint8Array[] = [Buffer.from(before)];
  if (digest.articles.length === 0) chunks.push(Buffer.from('[]'));
  else {
    chunks.push(Buffer.from('[\n'));
    digest.articles.forEach((article, i) => {
      // JSON never holds a raw line break inside a string, so every line break here is layout.
      const element = JSON.stringify(orderArticle(articleText === 'full' ? article : { ...article, text: excerpt(article.text) }), null, 2).replaceAll('\n', `\n${ELEMENT_INDENT}`);
      chunks.push(Buffer.from(`${i > 0 ? ',\n' : ''}${ELEMENT_INDENT}${element}`));
    });
    chunks.push(Buffer.from('\n  ]'));
  }
  chunks.push(Buffer.from(after));
  return Buffer.concat(chunks);
}

/**
 * The body's first paragraph as one line, cut at a word to at most
 * EXCERPT_CHARS characters with one ellipsis when cut (truncateLine, the one
 * cut every title and header takes: it never splits a character).
 */
function excerpt(text: string): string {
  return truncateLine(text.split('\n\n', 1)[0]!, EXCERPT_CHARS);
}

function orderArticle(article: DigestArticle): Record<string, unknown> {
  return {
    ref: article.ref,
    id: article.id,
    title: article.title,
    source: article.source,
    url: article.url,
    published: article.published,
    byline: article.byline,
    path: article.path,
    text: article.text,
    duplicates: article.duplicates.map(orderDuplicate),
    status: article.status,
  };
}

function orderDuplicate(duplicate: DigestDuplicate): Record<string, unknown> {
  return { path: duplicate.path, source: duplicate.source, url: duplicate.url };
}

function orderActor(actor: DigestActor): Record<string, unknown> {
  return {
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    affiliation: actor.affiliation,
    affiliations: actor.affiliations === undefined ? undefined : [...actor.affiliations],
    members: actor.members.map(orderMember),
    aliases: [...actor.aliases],
    articleRefs: [...actor.articleRefs],
    points: actor.points.map(orderPoint),
  };
}

function orderMember(member: Member): Record<string, unknown> {
  return { id: member.id, name: member.name, role: member.role, affiliations: member.affiliations === undefined ? undefined : [...member.affiliations] };
}

function orderPoint(point: Point): Record<string, unknown> {
  return { text: point.text, refs: [...point.refs], speaker: point.speaker, support: point.support, story: point.story };
}

function orderStory(story: DigestStory): Record<string, unknown> {
  return {
    id: story.id,
    headline: story.headline,
    lead: { text: story.lead.text, refs: [...story.lead.refs] },
    articleRefs: [...story.articleRefs],
    outlets: [...story.outlets],
    actors: [...story.actors],
    firstSeen: story.firstSeen,
    lastSeen: story.lastSeen,
    status: story.status,
  };
}

function orderInteraction(interaction: Interaction): Record<string, unknown> {
  return {
    a: interaction.a,
    b: interaction.b,
    type: interaction.type,
    count: interaction.count,
    refs: [...interaction.refs],
  };
}
