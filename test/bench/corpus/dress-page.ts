import type { Random } from './create-random.js';
import { expandTemplate } from './expand-template.js';
import type { Vocabulary } from './load-vocabulary.js';
import type { Story } from './compose-story.js';

/**
 * Chances of each piece of page furniture, tuned by eye against seeds/*.txt:
 * most scraped pages carry a navigation line and a footer, about half a byline
 * or a date, a third repeat the title.
 */
const FURNITURE = { nav: 0.7, section: 0.5, repeatTitle: 0.3, byline: 0.5, date: 0.5, counter: 0.4, publisher: 0.6 } as const;
/** Footer lines after the body: seeds show none to three. */
const FOOTER_LINES = [0, 3] as const;
/** Share of sites that separate paragraphs by one newline instead of a blank line (seeds 000 and 003 do). */
const SINGLE_NEWLINE_SITES = 0.3;

/**
 * The story as a scraped text dump like seeds/*.txt: title line, navigation and
 * share-counter furniture, optional byline and date, paragraphs, footer lines.
 * The random source decides the site's furniture, so one story dressed twice
 * with two sources reads as a copy on another site.
 */
export function dressPage(story: Story, random: Random, vocabulary: Vocabulary): string {
  const { sites, lists } = vocabulary;
  const fill = (template: string) => expandTemplate(template, {}, lists, random);
  const lines: string[] = [];
  if (random.chance(FURNITURE.nav)) lines.push(random.pick(sites.nav));
  if (random.chance(FURNITURE.section)) lines.push(random.pick(sites.sections));
  if (lines.length > 0) lines.push('');
  lines.push(story.title);
  if (random.chance(FURNITURE.repeatTitle)) lines.push(story.title);
  if (random.chance(FURNITURE.byline)) lines.push(`By ${random.pick(lists.givenNames ?? [])} ${random.pick(lists.familyNames ?? [])}`);
  if (random.chance(FURNITURE.date)) lines.push(`${random.pick(lists.days ?? [])}, ${random.between(1, 28)} ${random.pick(lists.months ?? [])} 2026`);
  if (random.chance(FURNITURE.counter)) lines.push(fill(random.pick(sites.counters)));
  lines.push('');
  const separator = random.chance(SINGLE_NEWLINE_SITES) ? '\n' : '\n\n';
  lines.push(story.paragraphs.map((sentences) => sentences.join(' ')).join(separator));
  const footers = random.between(...FOOTER_LINES);
  if (footers > 0) lines.push('');
  for (let i = 0; i < footers; i++) lines.push(random.pick(sites.footers));
  if (random.chance(FURNITURE.publisher)) lines.push(`\u00a9 2026 ${random.pick(sites.publishers)}. All rights reserved.`);
  return `${lines.join('\n')}\n`;
}
