import type { UnionFind } from './union-find.js';

/** One family: the articles joined today and the prior stories they joined. */
export interface Family {
  /** Indexes into the sorted articles, ascending. */
  readonly members: readonly number[];
  /** Indexes into the prior stories, ascending. */
  readonly priors: readonly number[];
}

/**
 * The sets of the union-find that hold at least one article, in order of
 * their first article. Nodes 0..articles-1 are articles, the rest prior stories.
 */
export function collectFamilies(families: UnionFind, articles: number, priors: number): Family[] {
  const byRoot = new Map<number, { members: number[]; priors: number[] }>();
  for (let node = 0; node < articles + priors; node++) {
    const root = families.find(node);
    let family = byRoot.get(root);
    if (family === undefined) {
      family = { members: [], priors: [] };
      byRoot.set(root, family);
    }
    if (node < articles) family.members.push(node);
    else family.priors.push(node - articles);
  }
  return [...byRoot.values()].filter((family) => family.members.length > 0);
}
