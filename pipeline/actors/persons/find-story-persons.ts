import { discoverOrganisations } from './discover-organisations.js';
import type { Lexicon } from '../registry/lexicon.js';
import type { Registry } from '../registry/load-registry.js';
import type { PersonMention, StoryText } from '../model.js';
import { scanSentences, tokeniseStory, type ScannedSentence } from '../scan/scan-sentences.js';

/** What the first pass learns from one story: the persons it names in full and the organisations it introduces. */
export interface StoryPersons {
  readonly persons: readonly PersonMention[];
  readonly introduced: readonly string[];
}

/**
 * The first pass over one story. A story that introduces an organisation
 * ("rival carrier Ryanair") and has an unplaced titled person is read again
 * knowing the organisation, so that "Its chief executive, X" can be placed
 * under it. Depends on nothing outside the story, so stories can be read in
 * any order or thread.
 */
export function findStoryPersons(story: StoryText, registry: Registry, lexicon: Lexicon): StoryPersons & { readonly scan: ScannedSentence[] } {
  const tokens = tokeniseStory(story);
  let scan = scanSentences(story, registry, lexicon, undefined, tokens);
  const introduced = scan.flatMap((x) => x.organisations);
  const unplaced = scan.some((x) => x.persons.some((p) => p.role !== undefined && p.affiliation === undefined && p.organisation === undefined));
  if (introduced.length > 0 && unplaced) scan = scanSentences(story, registry, lexicon, discoverOrganisations([], introduced, lexicon, registry).trie, tokens);
  return { scan, persons: scan.flatMap((x) => x.persons), introduced };
}
