import type { Article } from '../types.js';
import { bandCandidates } from './band-candidates.js';
import { estimateOverlap } from './estimate-overlap.js';
import { LEDGER_SKETCH_BINS, LEDGER_SKETCH_MASK } from './ledger-sketch.js';
import type { PriorStory } from './ledger-before.js';
import { SIGNATURE_BINS } from './minhash-signature.js';
import type { ResolvedDedupeOptions } from './resolve-options.js';
import type { ArticleSketches } from './sketch-articles.js';
import type { UnionFind } from './union-find.js';
// The same floor as for today's articles: a brief must not match a long prior story by containment alone.
import { MIN_CONTAINMENT_SHINGLES } from './group-articles.js';

/**
 * LSH layout over the 32 stored bins: 16 bands of 2 rows. A later copy at
 * Jaccard 0.5 is a candidate with probability 1 - (1 - 0.25)^16 = 0.99.
 */
const LEDGER_BANDING = { bands: 16, rows: 2 } as const;

/**
 * Least estimated Jaccard (8 of 32 bins) before an estimated containment
 * counts. Containment is derived from the Jaccard estimate and the sizes, so
 * one chance agreement between a short article and a long one would read as
 * full containment; a copy truncated to 60 % has Jaccard 0.6, well above.
 */
const MIN_JACCARD_FOR_CONTAINMENT = 0.25;

/**
 * Join today's articles to the stories the ledger knew (node n + p for prior
 * p): by a shared article id, or by a stored sketch whose estimated Jaccard or
 * containment reaches the thresholds (a day-later copy or update that shares
 * no id). A family joined to a prior story keeps that story's fingerprint.
 */
export function matchLedger(
  articles: readonly Article[],
  sketches: ArticleSketches,
  priors: readonly PriorStory[],
  options: ResolvedDedupeOptions,
  families: UnionFind,
): void {
  const n = articles.length;
  const priorsById = new Map<string, number[]>();
  priors.forEach((prior, p) => {
    for (const id of prior.articles) priorsById.set(id, [...(priorsById.get(id) ?? []), p]);
  });
  articles.forEach((article, i) => {
    for (const p of priorsById.get(article.id) ?? []) families.union(i, n + p);
  });

  const owners = priors.flatMap((prior, p) => prior.sketches.map((sketch) => ({ p, sketch })));
  if (owners.length === 0) return;
  const width = LEDGER_SKETCH_BINS;
  const nodes = new Uint32Array((n + owners.length) * width);
  // Today's values cut as the stored ones are, so that equal bins compare equal.
  for (let i = 0; i < n; i++) for (let b = 0; b < width; b++) nodes[i * width + b] = sketches.signatures[i * SIGNATURE_BINS + b]! & LEDGER_SKETCH_MASK;
  owners.forEach(({ sketch }, k) => nodes.set(sketch.values, (n + k) * width));
  const sizeOf = (node: number): number => (node < n ? sketches.shingles[node]! : owners[node - n]!.sketch.shingles);

  bandCandidates(nodes, width, LEDGER_BANDING, (a, b) => {
    if ((a < n) === (b < n)) return;
    const [article, owner] = a < n ? [a, b] : [b, a];
    const prior = n + owners[owner - n]!.p;
    if (families.find(article) === families.find(prior)) return;
    const sizes = [sizeOf(article), sizeOf(owner)] as const;
    const estimate = estimateOverlap(nodes, article * width, nodes, owner * width, width, sizes);
    const containmentCounts = Math.min(...sizes) >= MIN_CONTAINMENT_SHINGLES && estimate.jaccard >= MIN_JACCARD_FOR_CONTAINMENT;
    if (estimate.jaccard >= options.similarity || (containmentCounts && estimate.containment >= options.containment)) {
      families.union(article, prior);
    }
  });
}
