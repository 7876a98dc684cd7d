import type { SparseVector, WeighedProfiles } from './weigh-profiles.js';

/**
 * Features of each story used as blocking keys: its heaviest ones. Two
 * stories of one event share several of these; scanning only them keeps the
 * work per story bounded. Tuned with MAX_BLOCK_FREQUENCY on the bench corpus.
 */
const BLOCK_FEATURES = 16;
/**
 * A feature carried by more stories than this is no blocking key: "Obama" on
 * a US news day is in hundreds of stories, and pairing them all would be the
 * quadratic work blocking avoids. Rarer shared features still find the pair.
 */
const MAX_BLOCK_FREQUENCY = 64;
/** Blocking keys two stories must share before their cosine is computed: one shared word is chance. */
const MIN_SHARED_KEYS = 2;

/** Two stories worth comparing, with their cosine. */
export interface StoryPair {
  readonly a: number;
  readonly b: number;
  readonly similarity: number;
}

/**
 * Pairs of stories that share at least MIN_SHARED_KEYS of their rare,
 * heavy features, with the cosine of their vectors, those at or above
 * `floor` only, sorted by similarity descending, then by indexes. Each story
 * meets only stories in the posting lists of its keys, which are at most
 * MAX_BLOCK_FREQUENCY long, so the work grows linearly with the stories.
 */
export function storyCandidates(profiles: WeighedProfiles, floor: number): StoryPair[] {
  const { vectors, frequency } = profiles;
  const keys = vectors.map((vector) => blockingKeys(vector, frequency));
  const postings = new Map<number, number[]>();
  keys.forEach((list, story) => {
    for (const key of list) {
      let posting = postings.get(key);
      if (posting === undefined) postings.set(key, (posting = []));
      posting.push(story);
    }
  });
  const shared = new Int32Array(vectors.length);
  const stamp = new Int32Array(vectors.length).fill(-1);
  const pairs: StoryPair[] = [];
  keys.forEach((list, a) => {
    const met: number[] = [];
    for (const key of list) {
      for (const b of postings.get(key)!) {
        if (b <= a) continue;
        if (stamp[b] !== a) {
          stamp[b] = a;
          shared[b] = 0;
          met.push(b);
        }
        shared[b]! += 1;
      }
    }
    for (const b of met) {
      if (shared[b]! < MIN_SHARED_KEYS) continue;
      const similarity = dot(vectors[a]!, vectors[b]!);
      if (similarity >= floor) pairs.push({ a, b, similarity });
    }
  });
  return pairs.sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
}

/** The story's heaviest features that another story also has, and few enough have to block on. */
function blockingKeys(vector: SparseVector, frequency: Int32Array): number[] {
  const order: number[] = [];
  for (let i = 0; i < vector.ids.length; i++) {
    const df = frequency[vector.ids[i]!]!;
    if (df >= 2 && df <= MAX_BLOCK_FREQUENCY) order.push(i);
  }
  order.sort((x, y) => vector.weights[y]! - vector.weights[x]! || x - y);
  return order.slice(0, BLOCK_FEATURES).map((i) => vector.ids[i]!);
}

/** Dot product of two sparse vectors with ascending ids. */
export function dot(x: SparseVector, y: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < x.ids.length && j < y.ids.length) {
    const a = x.ids[i]!;
    const b = y.ids[j]!;
    if (a === b) sum += x.weights[i++]! * y.weights[j++]!;
    else if (a < b) i++;
    else j++;
  }
  return sum;
}
