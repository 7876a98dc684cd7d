import type { DigestStats } from '../../types.js';

/** "5 articles · 3 stories · 2 duplicates · 2 rejected · 7 actors", with singulars where they apply (no stories for digests that predate them). */
export function countsLine(stats: DigestStats): string {
  return [
    plural(stats.articles, 'article', 'articles'),
    ...(stats.stories === undefined ? [] : [plural(stats.stories, 'story', 'stories')]),
    plural(stats.duplicates, 'duplicate', 'duplicates'),
    `${stats.rejected} rejected`,
    plural(stats.actors, 'actor', 'actors'),
  ].join(' · ');
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
