import type { VariantKind } from './corpus/make-variant.js';
import type { PlantedFamily } from './generate-corpus.js';

/** How well a clustering recovers the planted near-duplicate families, pairwise. */
export interface FamilyScore {
  /** Pairs inside planted families. */
  readonly truePairs: number;
  /** Pairs inside predicted clusters. */
  readonly predictedPairs: number;
  /** Predicted pairs that are planted pairs. */
  readonly hits: number;
  /** hits / truePairs (1 when nothing was planted). */
  readonly recall: number;
  /** hits / predictedPairs (1 when nothing was predicted). */
  readonly precision: number;
  /** Per variant kind: how many variants landed in their original's cluster, of how many. */
  readonly byKind: Readonly<Record<string, { readonly found: number; readonly planted: number }>>;
}

/**
 * Pairwise recall and precision of predicted clusters (each a list of paths:
 * a story's canonical article and its duplicates) against the planted families.
 * Counts pairs per cluster by family instead of listing them, so one runaway
 * cluster of 10,000 articles costs 10,000 steps, not 50 million.
 */
export function scoreFamilies(clusters: readonly (readonly string[])[], families: readonly PlantedFamily[]): FamilyScore {
  const familyOf = new Map<string, number>();
  families.forEach((family, index) => {
    familyOf.set(family.original, index);
    for (const variant of family.variants) familyOf.set(variant.path, index);
  });
  const clusterOf = new Map<string, number>();
  let predictedPairs = 0;
  let hits = 0;
  clusters.forEach((members, index) => {
    for (const member of members) clusterOf.set(member, index);
    if (members.length < 2) return;
    predictedPairs += pairs(members.length);
    const perFamily = new Map<number, number>();
    for (const member of members) {
      const family = familyOf.get(member);
      if (family !== undefined) perFamily.set(family, (perFamily.get(family) ?? 0) + 1);
    }
    for (const count of perFamily.values()) hits += pairs(count);
  });
  const truePairs = families.reduce((sum, family) => sum + pairs(family.variants.length + 1), 0);
  const byKind: Record<string, { found: number; planted: number }> = {};
  for (const family of families) {
    const home = clusterOf.get(family.original);
    for (const variant of family.variants) {
      const tally = (byKind[variant.kind as VariantKind] ??= { found: 0, planted: 0 });
      tally.planted += 1;
      if (home !== undefined && clusterOf.get(variant.path) === home) tally.found += 1;
    }
  }
  return {
    truePairs,
    predictedPairs,
    hits,
    recall: truePairs === 0 ? 1 : hits / truePairs,
    precision: predictedPairs === 0 ? 1 : hits / predictedPairs,
    byKind,
  };
}

function pairs(n: number): number {
  return (n * (n - 1)) / 2;
}
