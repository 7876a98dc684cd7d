import type { Point } from '../../types.js';
import { contentWords } from './content-words.js';

/** A sentence (or merged claim) in which an actor speaks or acts. */
export interface Candidate {
  /** Claim id, or "ref:sentence" when no claim covers it. */
  readonly key: string;
  readonly text: string;
  readonly refs: readonly number[];
  readonly support: number;
  readonly speaker?: string;
  /** Smallest sentence index over its occurrences (0 = lead sentence). */
  readonly position: number;
  /** Mean share of the set's stories whose agent sentences use its words (0..1). */
  readonly centrality: number;
  /** The story (event group) it belongs to, when dedupe grouped the articles. */
  readonly story?: string;
}

// Weights of a point's importance, tuned as a set on the seeds and the eval
// set: support first (several sources said it), then how central its words are
// to the day's set, then how early it stands in its article.
/** Weight of support (sources carrying the point, relative to the best-supported point). */
const W_SUPPORT = 0.4;
/** Weight of centrality (mean story share of the point's words). */
const W_CENTRALITY = 0.35;
/** Weight of position (1 for a lead sentence, halving every POSITION_HALF sentences). */
const W_POSITION = 0.25;
/** Sentences after which the position score halves. */
const POSITION_HALF = 6;
/** MMR trade-off: 1 ranks by importance only, 0 by novelty only. */
const MMR_LAMBDA = 0.7;
/** Similarity added when two points have the same speaker (diversity of voices; tuned on the seeds). */
const SAME_SPEAKER_SIMILARITY = 0.2;
/** Similarity added when two points share a source (diversity of articles; tuned on the seeds). */
const SAME_SOURCE_SIMILARITY = 0.15;
/** How many candidates per requested point MMR considers, best first. */
const MMR_POOL_FACTOR = 8;
/** Candidates of each story MMR considers besides the overall best: enough for a second round per story. */
const MMR_POOL_PER_STORY = 3;
/** Word overlap (Jaccard) at or above which a point repeats one already chosen and is dropped. */
const REDUNDANT_SIMILARITY = 0.5;

/**
 * Points per story and voice an actor keeps beyond its base budget: a party
 * whose twenty politicians speak in ten stories keeps what each of them said,
 * not two points apiece. Chosen on the development set (2 found 0.69 of the
 * key points, 3 found 0.71, an unbounded budget 0.715).
 */
const POINTS_PER_VOICE = 3;
/** How far an actor's voices may raise its budget, as a multiple of the base. */
const MAX_BUDGET_FACTOR = 4;

/**
 * How many points an actor keeps: the base budget, or three per story and
 * voice (the actor itself, each person speaking for it) when that is more, up
 * to four times the base.
 */
export function pointBudget(candidates: readonly Candidate[], base: number): number {
  const voices = new Set(candidates.map((c) => `${storyOf(c)}\u0000${c.speaker ?? ''}`)).size;
  return Math.min(base * MAX_BUDGET_FACTOR, Math.max(base, voices * POINTS_PER_VOICE));
}

/**
 * Up to `limit` candidates, one per story before a second from any story, so
 * an actor's points cover what it did across the day's stories (a state with
 * sixteen officials in one story keeps its lead event in another). Within a
 * round, picks follow maximal marginal relevance: each maximises importance
 * minus its similarity to the points already picked; redundant ones are
 * dropped. Ties break on key, so the order is stable.
 */
export function rankPoints(candidates: readonly Candidate[], limit: number): Point[] {
  const maxSupport = candidates.reduce((m, c) => Math.max(m, c.support), 1);
  const importance = new Map(candidates.map((c) => [c.key, score(c, maxSupport)]));
  const ranked = [...candidates].sort((a, b) => (importance.get(b.key) ?? 0) - (importance.get(a.key) ?? 0) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  // MMR only ever picks from the best few of each story and overall; the rest cannot win.
  const perStory = new Map<string, number>();
  const perVoice = new Set<string>();
  const pool = ranked.filter((c, i) => {
    const seen = perStory.get(storyOf(c)) ?? 0;
    perStory.set(storyOf(c), seen + 1);
    const voice = `${storyOf(c)}\u0000${c.speaker ?? ''}`;
    const firstOfVoice = !perVoice.has(voice);
    perVoice.add(voice);
    return seen < MMR_POOL_PER_STORY || firstOfVoice || i < limit * MMR_POOL_FACTOR;
  });
  // Words only for the pool: a large set has millions of candidates, and only these few are compared.
  const wordsOf = new Map(pool.map((c) => [c.key, contentWords(c.text).all]));
  const words = (c: Candidate): ReadonlySet<string> => wordsOf.get(c.key) ?? new Set();
  const chosen: Candidate[] = [];
  const taken = new Map<string, number>();
  const voices = new Set<string>();
  // Round 0: one point per story. Round 1: a first point for each other voice of a story (a person's points
  // sit under that person). Then one more per story per round.
  const eligible = (c: Candidate, round: number): boolean => {
    const count = taken.get(storyOf(c)) ?? 0;
    if (round === 0) return count === 0;
    if (round === 1) return count === 0 || (c.speaker !== undefined && !voices.has(`${storyOf(c)}\u0000${c.speaker}`));
    return count < round;
  };
  // Each candidate's greatest similarity to the points chosen so far, raised as each point is chosen:
  // comparing every candidate with every chosen point again at each pick cost most of the stage at 40 points.
  const similarityTo = new Map<string, number>();
  let round = 0;
  while (chosen.length < limit && pool.length > 0) {
    let best = -1;
    let bestValue = -Infinity;
    for (const [i, c] of pool.entries()) {
      if (!eligible(c, round)) continue;
      const value = MMR_LAMBDA * (importance.get(c.key) ?? 0) - (1 - MMR_LAMBDA) * (similarityTo.get(c.key) ?? 0);
      if (value > bestValue) [best, bestValue] = [i, value];
    }
    if (best < 0) {
      round += 1;
      continue;
    }
    const [pick] = pool.splice(best, 1);
    if (!pick) break;
    if (chosen.some((s) => jaccard(words(pick), words(s)) >= REDUNDANT_SIMILARITY)) continue;
    for (const c of pool) similarityTo.set(c.key, Math.max(similarityTo.get(c.key) ?? 0, jaccard(words(c), words(pick)) + overlap(c, pick)));
    chosen.push(pick);
    taken.set(storyOf(pick), (taken.get(storyOf(pick)) ?? 0) + 1);
    if (pick.speaker !== undefined) voices.add(`${storyOf(pick)}\u0000${pick.speaker}`);
  }
  return chosen.map((c) => ({ text: c.text, refs: c.refs, support: c.support, ...(c.speaker !== undefined ? { speaker: c.speaker } : {}), ...(c.story !== undefined ? { story: c.story } : {}) }));
}

/** The story a candidate belongs to: its event group when dedupe grouped one, else its first article. */
function storyOf(c: Candidate): string {
  return c.story ?? `ref:${c.refs[0] ?? 0}`;
}

/** Extra similarity for the same speaker or the same source, so an actor's points spread across voices and articles. */
function overlap(a: Candidate, b: Candidate): number {
  const speaker = a.speaker !== undefined && a.speaker === b.speaker ? SAME_SPEAKER_SIMILARITY : 0;
  const source = a.refs.some((r) => b.refs.includes(r)) ? SAME_SOURCE_SIMILARITY : 0;
  return speaker + source;
}

function score(c: Candidate, maxSupport: number): number {
  return W_SUPPORT * (c.support / maxSupport) + W_CENTRALITY * c.centrality + W_POSITION * 0.5 ** (c.position / POSITION_HALF);
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return shared / (a.size + b.size - shared);
}
