import { NAME_PREFIX } from './story-profile.js';

/**
 * Features kept per story, heaviest first: enough for the names and terms of
 * one event, few enough that comparing two stories is a short merge. On
 * BASIL 2010-2012, 48 and 64 left no threshold with precision 1 and recall
 * 0.9; 128 leaves 0.13-0.16. Tuned with the constants of story-profile.ts and
 * group-stories.ts, as a set.
 */
const FEATURES_PER_STORY = 128;
/**
 * Weight of a name against a content term of the same TF-IDF: two outlets
 * word an event differently but name the same people and places. 1.5 and
 * more let one shared person join two events of one day (BASIL's two
 * Michael Steele stories); 1.0 lost same-event pairs. Tuned as a set.
 */
const NAME_WEIGHT = 1.25;

/** A story's features as a sparse unit vector: feature ids ascending, weights alongside. */
export interface SparseVector {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

/** Every story's vector over one vocabulary, and each feature's document frequency. */
export interface WeighedProfiles {
  /** Feature text by id (names start with NAME_PREFIX). */
  readonly vocabulary: readonly string[];
  /** Stories each feature occurs in, by id. */
  readonly frequency: Int32Array;
  readonly vectors: readonly SparseVector[];
}

/**
 * TF-IDF over the day's stories: (1 + ln tf) x ln(1 + n / df), names
 * weighted up, each story cut to its heaviest features and scaled to unit
 * length, so that a dot product is a cosine. Profiles are read one at a time
 * (`profileOf(i)` for i below `count`) and kept as typed arrays, so a 100,000-
 * story day holds no Map per story. Feature ids are given in order of first
 * occurrence over the stories, which come in a fixed order, so the same
 * stories give the same ids whatever order they arrived in.
 */
export function weighProfiles(count: number, profileOf: (index: number) => ReadonlyMap<string, number>): WeighedProfiles {
  const idOf = new Map<string, number>();
  const vocabulary: string[] = [];
  const frequency: number[] = [];
  const counted: { ids: Int32Array; tfs: Float64Array }[] = [];
  for (let index = 0; index < count; index++) {
    const profile = profileOf(index);
    const ids = new Int32Array(profile.size);
    const tfs = new Float64Array(profile.size);
    let k = 0;
    for (const [feature, tf] of profile) {
      let id = idOf.get(feature);
      if (id === undefined) {
        id = vocabulary.length;
        idOf.set(feature, id);
        vocabulary.push(feature);
        frequency.push(0);
      }
      frequency[id]! += 1;
      ids[k] = id;
      tfs[k++] = tf;
    }
    counted.push({ ids, tfs });
  }
  const isName = vocabulary.map((feature) => feature.startsWith(NAME_PREFIX));
  const vectors = counted.map(({ ids, tfs }): SparseVector => {
    const weighed: [number, number][] = [];
    ids.forEach((id, k) => {
      const idf = Math.log(1 + count / frequency[id]!);
      weighed.push([id, (1 + Math.log(tfs[k]!)) * idf * (isName[id] ? NAME_WEIGHT : 1)]);
    });
    // Heaviest first, ties by id, so the cut is deterministic.
    weighed.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const kept = weighed.slice(0, FEATURES_PER_STORY).sort((a, b) => a[0] - b[0]);
    const norm = Math.sqrt(kept.reduce((sum, [, w]) => sum + w * w, 0)) || 1;
    return { ids: Int32Array.from(kept, ([id]) => id), weights: Float64Array.from(kept, ([, w]) => w / norm) };
  });
  return { vocabulary, frequency: Int32Array.from(frequency), vectors };
}
