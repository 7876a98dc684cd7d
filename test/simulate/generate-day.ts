import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeStory, type Story } from '../bench/corpus/compose-story.js';
import { createRandom } from '../bench/corpus/create-random.js';
import { dressPage } from '../bench/corpus/dress-page.js';
import { loadVocabulary } from '../bench/corpus/load-vocabulary.js';
import { makeVariant, VARIANT_KINDS } from '../bench/corpus/make-variant.js';

/**
 * Share of a day's articles that follow up a story of the last few days: the
 * same story with new paragraphs, which the digest briefs as developing. News
 * desks update a running story a few times over its first days.
 */
export const FOLLOW_UP_RATE = 0.1;
/** Days back a follow-up reaches: most updates come within a week. */
export const FOLLOW_UP_DAYS = [1, 7] as const;
/** Share of a day's articles that are another site's copy of a story of the same day (the bench's 10 % of stories with planted near-duplicates). */
export const COPY_RATE = 0.05;
/**
 * Body length range of a day's articles, characters: the 10th to 90th
 * percentile of the 140 development articles (test/eval, part tune: BBC
 * 2004-05 and US political news 2010-11), whose mean, 2,986, this range's
 * mean matches. The bench's 2-8 KB wire stories are 1.7 times as long, and
 * the year's growth in the repository follows the points their sentences make.
 */
export const NEWS_BODY_CHARS = [1300, 4700] as const;
/** New paragraphs in a follow-up. */
const FOLLOW_UP_PARAGRAPHS = [1, 3] as const;

/** The story first published on day `day` as its `index`-th new story: the same for one seed on every machine. */
function storyOf(seed: string, day: number, index: number): Story {
  return composeStory(createRandom(`${seed}:story:${day}:${index}`), loadVocabulary(), NEWS_BODY_CHARS);
}

/**
 * Write day `day`'s articles (`perDay` scraped text pages) under `dir`: new
 * stories, same-day copies on other sites, and follow-ups of earlier days'
 * stories that add paragraphs. Deterministic for a seed and a day. Returns how
 * many of each.
 */
export function generateDay(dir: string, seed: string, day: number, perDay: number): { fresh: number; copies: number; followUps: number } {
  const vocabulary = loadVocabulary();
  const random = createRandom(`${seed}:day:${day}`);
  mkdirSync(dir, { recursive: true });
  const followUps = day > 1 ? Math.round(perDay * FOLLOW_UP_RATE) : 0;
  const copies = Math.round(perDay * COPY_RATE);
  const fresh = perDay - followUps - copies;
  let file = 0;
  const write = (text: string): void => writeFileSync(path.join(dir, `${String(file++).padStart(4, '0')}.txt`), text);
  for (let i = 0; i < fresh; i++) write(dressPage(storyOf(seed, day, i), createRandom(`${seed}:site:${day}:${i}`), vocabulary));
  for (let i = 0; i < copies; i++) {
    const index = random.int(fresh);
    const kind = VARIANT_KINDS[random.int(VARIANT_KINDS.length)]!;
    const variantRandom = createRandom(`${seed}:copy:${day}:${i}`);
    write(dressPage(makeVariant(storyOf(seed, day, index), kind, variantRandom, vocabulary), variantRandom, vocabulary));
  }
  for (let i = 0; i < followUps; i++) {
    const back = Math.min(day - 1, random.between(...FOLLOW_UP_DAYS));
    const original = storyOf(seed, day - back, random.int(fresh));
    const update = composeStory(createRandom(`${seed}:update:${day}:${i}`), vocabulary, NEWS_BODY_CHARS);
    const added = update.paragraphs.slice(1, 1 + random.between(...FOLLOW_UP_PARAGRAPHS));
    const story: Story = { title: original.title, paragraphs: [...original.paragraphs, ...added] };
    write(dressPage(story, createRandom(`${seed}:followup-site:${day}:${i}`), vocabulary));
  }
  return { fresh, copies, followUps };
}
