/** What ranking needs of one story. */
export interface RankedStory {
  readonly id: string;
  readonly headline: string;
  /** Distinct publishers of its distinct texts (copies of one text count once). */
  readonly independentOutlets: number;
  /** Salience (0..1) of its actors, most salient first. */
  readonly salience: readonly number[];
  /** Latest published date, `YYYY-MM-DD`, when dated. */
  readonly lastSeen?: string;
  readonly articles: number;
}

/**
 * Actors whose salience counts towards a story's rank: the few a headline
 * would name. Counting them all would favour a story that mentions many
 * minor actors over one about the day's main actor.
 */
const RANKING_ACTORS = 3;

/**
 * Story order for the briefing: carried by more independent outlets first
 * (so a story from one outlet comes only after every bigger one), then by the
 * summed salience of its leading actors, then the most recent (undated last),
 * then more articles, then headline and id, so the order is total.
 */
export function rankStories<T extends RankedStory>(stories: readonly T[]): T[] {
  const weight = new Map(stories.map((story) => [story.id, story.salience.slice(0, RANKING_ACTORS).reduce((sum, s) => sum + s, 0)]));
  return [...stories].sort(
    (a, b) =>
      b.independentOutlets - a.independentOutlets ||
      weight.get(b.id)! - weight.get(a.id)! ||
      compareRecent(a.lastSeen, b.lastSeen) ||
      b.articles - a.articles ||
      compareStrings(a.headline, b.headline) ||
      compareStrings(a.id, b.id),
  );
}

/** Later dates first, undated last. */
function compareRecent(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a > b ? -1 : 1;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
