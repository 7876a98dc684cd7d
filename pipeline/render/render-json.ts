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

/**
 * Longest excerpt, characters: a paragraph's worth, enough for a program to
 * show what an article is about. The full bodies were 60 % of a day's
 * committed bytes (200 articles: 0.9 of 1.5 MB of JSON), and they republish
 * every outlet's text in the repository.
 */
export const EXCERPT_CHARS = 400;

/** Indent of a record in a top-level list, and of a point in its actor's list. */
const RECORD_INDENT = '  ';
const POINT_INDENT = '    ';

/**
 * The digest as `out/<date>.json`, UTF-8, with each article's `text` whole or
 * as an excerpt (the field `articleText` says which), keys in the order of the
 * contract whatever order the value was built in, optional fields left out
 * when absent, and a final newline.
 *
 * One record per line: each top-level field, each article, story,
 * interaction and actor, and each of an actor's points, is one line of
 * compact JSON. A day's file still diffs record by record, and it is a
 * third smaller on disk than JSON.stringify(digest, null, 2). A packed
 * repository gains little from it (20 simulated days of 200 articles: 2.94
 * MiB of JSON instead of 3.01 after git gc), as git's deltas already share
 * the indentation between days.
 *
 * Built record by record: with every article's text, one string for a
 * 100,000-article digest comes within 10 % of V8's longest string (about 536
 * M characters), and a larger digest would pass it.
 */
export function renderJson(digest: Digest, articleText: ArticleText = 'full'): Uint8Array {
  const record = JSON.stringify;
  const fields: [string, (chunks: Uint8Array[]) => void][] = [
    ['schemaVersion', value(digest.schemaVersion)],
    ['date', value(digest.date)],
    ['generator', value(digest.generator)],
    [
      'stats',
      value({
        inputs: digest.stats.inputs,
        articles: digest.stats.articles,
        stories: digest.stats.stories,
        duplicates: digest.stats.duplicates,
        rejected: digest.stats.rejected,
        actors: digest.stats.actors,
      }),
    ],
    ['articles', list(digest.articles, (article) => record(orderArticle(articleText === 'full' ? article : { ...article, text: excerpt(article.text) })))],
    ['rejected', list(digest.rejected, (r) => record({ path: r.path, reason: r.reason }))],
    ['actors', list(digest.actors, actorLines)],
    ['mentioned', list(digest.mentioned, (m) => record({ id: m.id, name: m.name, kind: m.kind, articleRefs: [...m.articleRefs], members: m.members?.map(orderMember) }))],
    ['interactions', list(digest.interactions, (interaction) => record(orderInteraction(interaction)))],
    ['stories', list(digest.stories, (story) => record(orderStory(story)))],
    ['articleText', value(articleText)],
  ];
  const chunks: Uint8Array[] = [];
  fields.forEach(([key, write], i) => {
    chunks.push(Buffer.from(`${i === 0 ? '{' : ',\n'}${JSON.stringify(key)}: `));
    write(chunks);
  });
  chunks.push(Buffer.from('}\n'));
  return Buffer.concat(chunks);
}

/** A field's value on its line. */
function value(data: unknown): (chunks: Uint8Array[]) => void {
  return (chunks) => chunks.push(Buffer.from(JSON.stringify(data)));
}

/** A list, one record per line; each record is stringified only as it is written (an article's text may be long). */
function list<T>(records: readonly T[], line: (record: T) => string): (chunks: Uint8Array[]) => void {
  return (chunks) => {
    if (records.length === 0) {
      chunks.push(Buffer.from('[]'));
      return;
    }
    records.forEach((record, i) => chunks.push(Buffer.from(`${i === 0 ? '[\n' : ',\n'}${RECORD_INDENT}${line(record)}`)));
    chunks.push(Buffer.from('\n]'));
  };
}

/** An actor on one line up to its points, then each point on a line of its own. */
function actorLines(actor: DigestActor): string {
  const { points, ...head } = orderActor(actor);
  const list = points.length === 0 ? '[]' : `[\n${points.map((point) => `${POINT_INDENT}${JSON.stringify(point)}`).join(',\n')}]`;
  // The head's fields as JSON writes them, then the points last, as the contract orders them.
  return `${JSON.stringify(head).slice(0, -1)},"points":${list}}`;
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

function orderActor(actor: DigestActor): Record<string, unknown> & { points: Record<string, unknown>[] } {
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
