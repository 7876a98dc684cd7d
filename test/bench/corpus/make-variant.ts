import type { Random } from './create-random.js';
import type { Story } from './compose-story.js';
import type { Vocabulary } from './load-vocabulary.js';

/** The kinds of planted near-duplicates: the ways a copy of a story reaches a feed. */
export const VARIANT_KINDS = ['copy', 'furniture', 'edit', 'truncate'] as const;
export type VariantKind = (typeof VARIANT_KINDS)[number];

/** Share of body words an `edit` variant replaces: a light copy-edit of 2-3 %. */
const EDIT_RATE = [0.02, 0.03] as const;
/** Share of body characters a `truncate` variant keeps, cut at the sentence end before it. */
const TRUNCATE_TO = 0.7;

/**
 * The story as a variant carries it. `copy` and `furniture` keep the story (a
 * copy is the original page again; furniture dresses it as another site);
 * `edit` swaps 2-3 % of body words; `truncate` keeps the first 70 % of the body.
 */
export function makeVariant(story: Story, kind: VariantKind, random: Random, vocabulary: Vocabulary): Story {
  if (kind === 'edit') return { title: story.title, paragraphs: editWords(story, random, vocabulary) };
  if (kind === 'truncate') return { title: story.title, paragraphs: truncate(story) };
  return story;
}

function editWords(story: Story, random: Random, vocabulary: Vocabulary): string[][] {
  const rate = EDIT_RATE[0] + random.next() * (EDIT_RATE[1] - EDIT_RATE[0]);
  const replacements = [...(vocabulary.lists.nouns ?? []), ...(vocabulary.lists.adjectives ?? [])];
  return story.paragraphs.map((sentences) =>
    sentences.map((sentence) =>
      sentence
        .split(' ')
        .map((word) => (random.chance(rate) ? random.pick(replacements) : word))
        .join(' '),
    ),
  );
}

function truncate(story: Story): string[][] {
  const total = story.paragraphs.reduce((sum, sentences) => sum + sentences.join(' ').length + 1, 0);
  const budget = total * TRUNCATE_TO;
  const kept: string[][] = [];
  let used = 0;
  for (const sentences of story.paragraphs) {
    const paragraph: string[] = [];
    for (const sentence of sentences) {
      if (used + sentence.length + 1 > budget && kept.length + paragraph.length > 0) break;
      paragraph.push(sentence);
      used += sentence.length + 1;
    }
    if (paragraph.length > 0) kept.push(paragraph);
    if (paragraph.length < sentences.length) break;
  }
  return kept;
}
