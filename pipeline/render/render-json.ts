import type {
  Digest,
  DigestActor,
  DigestArticle,
  DigestDuplicate,
  Interaction,
  Member,
  Point,
} from '../types.js';

/**
 * The digest as `out/<date>.json`: two-space indent, a final newline, and keys
 * in the order of the contract whatever order the value was built in, so the
 * file diffs cleanly from day to day. Optional fields are left out when absent.
 */
export function renderJson(digest: Digest): string {
  const ordered = {
    schemaVersion: digest.schemaVersion,
    date: digest.date,
    generator: digest.generator,
    stats: {
      inputs: digest.stats.inputs,
      articles: digest.stats.articles,
      duplicates: digest.stats.duplicates,
      rejected: digest.stats.rejected,
      actors: digest.stats.actors,
    },
    articles: digest.articles.map(orderArticle),
    rejected: digest.rejected.map((r) => ({ path: r.path, reason: r.reason })),
    actors: digest.actors.map(orderActor),
    mentioned: digest.mentioned.map((m) => ({ id: m.id, name: m.name, kind: m.kind })),
    interactions: digest.interactions.map(orderInteraction),
  };
  return JSON.stringify(ordered, null, 2) + '\n';
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
    members: actor.members.map(orderMember),
    aliases: [...actor.aliases],
    articleRefs: [...actor.articleRefs],
    points: actor.points.map(orderPoint),
  };
}

function orderMember(member: Member): Record<string, unknown> {
  return { id: member.id, name: member.name, role: member.role };
}

function orderPoint(point: Point): Record<string, unknown> {
  return { text: point.text, refs: [...point.refs], speaker: point.speaker, support: point.support };
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
