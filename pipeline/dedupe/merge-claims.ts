import type { Claim, ClaimOccurrence, StoryStatus } from '../types.js';
import { linkSimilarSentences, type TokenSets } from './link-similar-sentences.js';
import type { SentenceFeatures } from './sentence-features.js';
import { createUnionFind } from './union-find.js';

/**
 * Fewest content words a sentence needs to merge with a reworded one. Below
 * that ("He said so.", "Talks resumed."), two sentences share a word or two by
 * chance; they still merge when their normalised text is identical.
 */
const MIN_FUZZY_TOKENS = 4;

/** What merging needs of one briefed story, in ref order. */
export interface StoryClaimInput {
  readonly ref: number;
  readonly status: StoryStatus;
  readonly sentences: readonly string[];
  /** Keys, content words and guards of the sentences. */
  readonly features: SentenceFeatures;
  /** Publishers carrying each sentence (canonical and copies), distinct. */
  readonly publishers: readonly (readonly string[])[];
  /** Claim ids the ledger says were briefed for this story before today (developing stories only). */
  readonly priorClaims?: ReadonlySet<string>;
}

/**
 * Every sentence of every story as claims: identical normalised sentences are
 * one claim; reworded ones join when their content words reach `similarity`
 * (Jaccard) with equal numbers and negations. Claims come in order of first
 * occurrence, which is also each family's smallest index, since the union
 * keeps the smallest index as root. `support` counts distinct publishers over
 * all occurrences, copies included. A claim is stale (fresh = false) only
 * when no new story carries it and one of its sentences was briefed before
 * in the developing story that carries it.
 */
export function mergeClaims(stories: readonly StoryClaimInput[], similarity: number): Claim[] {
  const total = stories.reduce((sum, story) => sum + story.sentences.length, 0);
  const owner = new Int32Array(total);
  const position = new Int32Array(total);
  let filled = 0;
  stories.forEach((story, s) => story.sentences.forEach((_, i) => ((owner[filled] = s), (position[filled++] = i))));
  const keyOf = (o: number): string => stories[owner[o]!]!.features.keys[position[o]!]!;
  const textOf = (o: number): string => stories[owner[o]!]!.sentences[position[o]!]!;

  const families = createUnionFind(total);
  const firstByKey = new Map<string, number>();
  const representatives: number[] = [];
  for (let o = 0; o < total; o++) {
    const first = firstByKey.get(keyOf(o));
    if (first === undefined) {
      firstByKey.set(keyOf(o), o);
      representatives.push(o);
    } else families.union(first, o);
  }
  linkSimilarSentences(flatten(stories, total), representatives, similarity, MIN_FUZZY_TOKENS, (a, b) => families.union(a, b));

  // Members of each family, chained in ascending order through `next`.
  const next = new Int32Array(total).fill(-1);
  const last = new Int32Array(total).fill(-1);
  for (let o = 0; o < total; o++) {
    const root = families.find(o);
    if (root !== o) next[last[root]!] = o;
    last[root] = o;
  }
  const claims: Claim[] = [];
  for (let root = 0; root < total; root++) {
    if (families.find(root) !== root) continue;
    // Sized exactly (refs by slice): an array grown by push keeps room for 17 elements, and there is one pair per claim.
    let count = 0;
    for (let o = root; o !== -1; o = next[o]!) count++;
    const occurrences = new Array<ClaimOccurrence>(count);
    let filledOccurrences = 0;
    const refs: number[] = [];
    let publishers: Set<string> | undefined;
    let inNewStory = false;
    let briefedBefore = false;
    for (let o = root; o !== -1; o = next[o]!) {
      const story = stories[owner[o]!]!;
      occurrences[filledOccurrences++] = { ref: story.ref, sentence: position[o]! };
      if (refs[refs.length - 1] !== story.ref) refs.push(story.ref);
      // Most claims occur once: count their publishers without building a set.
      if (o !== root || next[o] !== -1) {
        publishers ??= new Set();
        for (const publisher of story.publishers[position[o]!]!) publishers.add(publisher);
      }
      if (story.status === 'new') inNewStory = true;
      else if (story.priorClaims?.has(keyOf(o)) === true) briefedBefore = true;
    }
    const support = publishers?.size ?? stories[owner[root]!]!.publishers[position[root]!]!.length;
    claims.push({
      id: keyOf(root),
      text: textOf(root),
      refs: refs.slice(),
      support,
      occurrences,
      fresh: inNewStory || !briefedBefore,
    });
  }
  return claims;
}

/** Every story's sentence features end to end, occurrence o at index o. */
function flatten(stories: readonly StoryClaimInput[], total: number): TokenSets {
  const tokens = new Uint32Array(stories.reduce((sum, story) => sum + story.features.tokens.length, 0));
  const offsets = new Int32Array(total + 1);
  const guards: string[] = [];
  let o = 0;
  let base = 0;
  for (const { features } of stories) {
    tokens.set(features.tokens, base);
    for (let i = 0; i < features.guards.length; i++) {
      offsets[++o] = base + features.offsets[i + 1]!;
      guards.push(features.guards[i]!);
    }
    base += features.tokens.length;
  }
  return { tokens, offsets, guards };
}
