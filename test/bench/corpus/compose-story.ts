import type { Random } from './create-random.js';
import { expandTemplate } from './expand-template.js';
import type { Vocabulary } from './load-vocabulary.js';

/** Body size range, characters: the 2-8 KB of a typical wire story. */
export const BODY_CHARS = [2048, 8192] as const;
/** Sentences per paragraph: wire copy runs one to four. */
const SENTENCES_PER_PARAGRAPH = [1, 4] as const;

/** One generated story: a headline and its body as paragraphs of sentences. */
export interface Story {
  readonly title: string;
  readonly paragraphs: readonly (readonly string[])[];
}

/**
 * A story about two states, a person of each, an organisation and a topic (a
 * body of `bodyChars` characters, at random within the range): the
 * lead names everyone in full ("Ghanaian Foreign Minister Amara Okafor"), later
 * sentences by family name ("Okafor said"), as news copy does.
 */
export function composeStory(random: Random, vocabulary: Vocabulary, bodyChars: readonly [number, number] = BODY_CHARS): Story {
  const roles = castRoles(random, vocabulary);
  const fill = (template: string) => expandTemplate(template, roles, vocabulary.lists, random);
  const target = random.between(...bodyChars);
  const paragraphs: string[][] = [[fill(random.pick(vocabulary.templates.lead)), fill(random.pick(vocabulary.templates.intro))]];
  let chars = paragraphs[0]!.join(' ').length;
  while (chars < target) {
    const paragraph: string[] = [];
    const count = random.between(...SENTENCES_PER_PARAGRAPH);
    for (let i = 0; i < count && chars < target; i++) {
      const sentence = fill(random.pick(vocabulary.templates.body));
      paragraph.push(sentence);
      chars += sentence.length + 1;
    }
    paragraphs.push(paragraph);
    chars += 1;
  }
  return { title: fill(random.pick(vocabulary.templates.headline)), paragraphs };
}

function castRoles(random: Random, vocabulary: Vocabulary): Record<string, string> {
  const { states, lists } = vocabulary;
  const first = random.pick(states);
  let second = random.pick(states);
  while (second === first) second = random.pick(states);
  const person = (demonym: string) => {
    const family = random.pick(lists.familyNames ?? []);
    return { full: `${demonym} ${random.pick(lists.titles ?? [])} ${random.pick(lists.givenNames ?? [])} ${family}`, short: family };
  };
  const p1 = person(first.demonym);
  const p2 = person(second.demonym);
  return {
    S1: first.name,
    S2: second.name,
    D1: first.demonym,
    D2: second.demonym,
    C1: random.chance(0.5) ? first.capital : second.capital,
    P1: p1.full,
    P1s: p1.short,
    P2: p2.full,
    P2s: p2.short,
    O1: random.pick(lists.organisations ?? []),
    T: random.pick(lists.topics ?? []),
    DAY: random.pick(lists.days ?? []),
  };
}
