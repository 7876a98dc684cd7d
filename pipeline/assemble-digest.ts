import type { ActorOutput, DedupeOutput, Digest, DigestStats, IngestOutput } from './types.js';

/** The public JSON contract, built from the stages' outputs, keys in the documented order. */
export function assembleDigest(
  date: string,
  generator: string,
  ingested: Pick<IngestOutput, 'inputs' | 'rejected'>,
  deduped: Pick<DedupeOutput, 'stories' | 'duplicates'>,
  actors: ActorOutput,
): Digest {
  const stats: DigestStats = {
    inputs: ingested.inputs,
    articles: deduped.stories.length,
    duplicates: deduped.duplicates,
    rejected: ingested.rejected.length,
    actors: actors.actors.length,
  };
  return {
    schemaVersion: 1,
    date,
    generator,
    stats,
    articles: deduped.stories.map(({ ref, article, duplicates, status }) => ({
      ref,
      id: article.id,
      title: article.title,
      ...optional('source', article.source),
      ...optional('url', article.url),
      ...optional('published', article.published),
      ...optional('byline', article.byline),
      path: article.path,
      text: article.text,
      duplicates: duplicates.map((duplicate) => ({
        path: duplicate.path,
        ...optional('source', duplicate.source),
        ...optional('url', duplicate.url),
      })),
      status,
    })),
    rejected: ingested.rejected.map(({ path: where, reason }) => ({ path: where, reason })),
    actors: actors.actors.map((actor) => ({
      id: actor.id,
      name: actor.name,
      kind: actor.kind,
      ...optional('affiliation', actor.affiliation),
      ...optional('affiliations', actor.affiliations),
      members: actor.members,
      aliases: actor.aliases,
      articleRefs: actor.articleRefs,
      points: actor.points,
    })),
    mentioned: actors.mentioned.map(({ id, name, kind, members }) => ({ id, name, kind, ...(members.length > 0 ? { members } : {}) })),
    interactions: actors.interactions,
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]: V });
}
