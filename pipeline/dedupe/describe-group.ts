import type { SparseVector, WeighedProfiles } from './weigh-profiles.js';

/** Names and terms stored per group in the ledger, to recognise its later coverage. */
export const TERMS_PER_GROUP = 12;

/** A group's centre, its heaviest features, and its summed vector as a unit vector. */
export interface GroupDescription {
  readonly centre: number;
  readonly terms: string[];
  readonly centroid: SparseVector;
}

/**
 * The member closest to the others (ties: the first), the group's heaviest
 * features, and its summed vector as a unit vector (what continuing an
 * earlier group compares). A single story is its own centre and sum, with no
 * map built: most stories stand alone.
 */
export function describeGroup(members: readonly number[], profiles: WeighedProfiles): GroupDescription {
  let centroid: SparseVector;
  let centre = members[0]!;
  if (members.length === 1) centroid = profiles.vectors[centre]!;
  else {
    const sum = new Map<number, number>();
    for (const i of members) {
      const vector = profiles.vectors[i]!;
      vector.ids.forEach((id, k) => sum.set(id, (sum.get(id) ?? 0) + vector.weights[k]!));
    }
    let best = -Infinity;
    for (const i of members) {
      const vector = profiles.vectors[i]!;
      let closeness = 0;
      vector.ids.forEach((id, k) => (closeness += vector.weights[k]! * (sum.get(id)! - vector.weights[k]!)));
      if (closeness > best) [centre, best] = [i, closeness];
    }
    centroid = unitVector(sum);
  }
  const order = Array.from(centroid.ids.keys()).sort((a, b) => centroid.weights[b]! - centroid.weights[a]! || centroid.ids[a]! - centroid.ids[b]!);
  const terms = order.slice(0, TERMS_PER_GROUP).map((k) => profiles.vocabulary[centroid.ids[k]!]!);
  return { centre, terms, centroid };
}

function unitVector(sum: ReadonlyMap<number, number>): SparseVector {
  const entries = [...sum].sort((a, b) => a[0] - b[0]);
  const norm = Math.sqrt(entries.reduce((total, [, w]) => total + w * w, 0)) || 1;
  return { ids: Int32Array.from(entries, ([id]) => id), weights: Float64Array.from(entries, ([, w]) => w / norm) };
}
