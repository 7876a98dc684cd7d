import type { Line } from './classify-line.js';
import { contentWords } from './content-words.js';
import { splitTitleSegments } from './split-title-segments.js';
import { REGEXPS } from '../regexps.js';

// Tuned as a set on the seeds and text fixtures; each term is a share of a maximum score of about 4.
/** Weight of the share of a candidate's content words found in the body: headlines name what the body is about. */
const OVERLAP_WEIGHT = 2;
/** Candidates with fewer content words than this get a proportionally smaller overlap: one matching word ("Science") proves little. */
const OVERLAP_FULL_WORDS = 3;
/** Words match on this many leading letters, a crude stem: "glacier" in the headline, "glaciers" in the body. */
const STEM_CHARS = 5;
/** Weight per extra occurrence of the candidate (repeated titles, breadcrumbs ending in it), capped at two. */
const REPEAT_WEIGHT = 0.75;
const REPEAT_CAP = 2;
/** Bonus for a headline-sized candidate, in words. */
const HEADLINE_MIN_WORDS = 4;
const HEADLINE_MAX_WORDS = 25;
const LENGTH_WEIGHT = 0.75;
/** Weight of nearness to the body start: full right above it, falling with each line between. */
const PROXIMITY_WEIGHT = 0.75;

/** A candidate headline from the head of a dump. */
export interface TitleCandidate {
  readonly text: string;
  /** Index of the line it came from. */
  readonly line: number;
}

/**
 * Picks the headline among the head's candidates by content overlap with the body,
 * repetition across the page, headline length and nearness to the body.
 * `body` is called only when there are candidates to score. `exclude` holds texts already known to be something else (publisher, byline).
 */
export function pickTitle(candidates: readonly TitleCandidate[], lines: readonly Line[], bodyStart: number, body: () => string, exclude: ReadonlySet<string>): TitleCandidate | undefined {
  if (candidates.length === 0) return undefined;
  const bodyWords = new Set([...contentWords(body())].map(stem));
  const occurrences = countOccurrences(lines);
  let best: { candidate: TitleCandidate; score: number } | undefined;
  for (const candidate of candidates) {
    const key = candidate.text.toLowerCase();
    if (exclude.has(key)) continue;
    const words = [...contentWords(candidate.text)].map(stem);
    const found = words.filter((w) => bodyWords.has(w)).length;
    const overlap = words.length === 0 ? 0 : (found / words.length) * Math.min(1, words.length / OVERLAP_FULL_WORDS);
    const wordCount = candidate.text.split(REGEXPS.whitespace).length;
    const fits = wordCount >= HEADLINE_MIN_WORDS && wordCount <= HEADLINE_MAX_WORDS ? 1 : 0;
    const repeats = Math.min(REPEAT_CAP, (occurrences.get(key) ?? 1) - 1);
    const distance = lines.slice(candidate.line, bodyStart).filter((l) => l.kind !== 'blank').length;
    const score = OVERLAP_WEIGHT * overlap + REPEAT_WEIGHT * repeats + LENGTH_WEIGHT * fits + PROXIMITY_WEIGHT / Math.max(1, distance);
    if (!best || score > best.score) best = { candidate, score };
  }
  return best?.candidate;
}

/** How often each line or segment text occurs in the page, case-insensitively. */
function countOccurrences(lines: readonly Line[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (line.kind === 'blank' || line.kind === 'prose') continue;
    const texts = new Set([line.text, ...splitTitleSegments(line.text)].map((t) => t.toLowerCase()));
    for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return counts;
}

function stem(word: string): string {
  return word.slice(0, STEM_CHARS);
}
