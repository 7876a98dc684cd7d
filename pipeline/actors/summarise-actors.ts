import type { ActorOptions, ActorOutput, Claim, Story } from '../types.js';
import { createCandidateCollector } from './brief/collect-candidates.js';
import { findStoryPersons } from './persons/find-story-persons.js';
import { buildPersonContext } from './persons/person-context.js';
import { readStoryText } from './read/read-story-text.js';
import type { ScannedSentence } from './scan/scan-sentences.js';
import { beginSummary, endSummary, storyText } from './summary-steps.js';
import { tagPointStories } from './tag-point-stories.js';

/**
 * Most sentences whose scans (tokens, mentions) are kept between the two
 * passes: about 3 KB each, so this caps the cache near 120 MB. The stories
 * past it are scanned twice instead (same output, bounded memory).
 */
const SCAN_CACHE_SENTENCES = 40_000;

/**
 * Who said and did what across the stories: actors (states, organisations,
 * groups, and persons who belong to none) with their persons as members,
 * their cited points, and the interactions between them. Pure and
 * deterministic: the same stories, claims and options give the same output.
 *
 * Two passes: the first finds every person named in full, so that the second
 * can resolve surnames alone ("Jubeir said") against the whole set. Each pass
 * reads one story at a time, in this thread: worker threads did not repay
 * loading the knowledge base in each of them.
 */
export function summariseActors(stories: readonly Story[], claims: readonly Claim[], options: ActorOptions): ActorOutput {
  const { limit, registry, lexicon } = beginSummary(options);
  // Step 1: every person named in full. Scans are kept for reuse in step 2 up to the cache's bound.
  const scans: (ScannedSentence[] | undefined)[] = [];
  let cached = 0;
  const firstPass = stories.map((s) => {
    const found = findStoryPersons(storyText(s, options.date), registry, lexicon);
    const keep = cached + s.sentences.length <= SCAN_CACHE_SENTENCES;
    if (keep) cached += s.sentences.length;
    scans.push(keep ? found.scan : undefined);
    return { persons: found.persons, introduced: found.introduced };
  });
  const context = buildPersonContext(firstPass.flatMap((f) => f.persons), firstPass.flatMap((f) => f.introduced), registry, lexicon);
  // Step 2: who speaks and acts, story by story.
  const collector = createCandidateCollector(claims, context.actorOf);
  stories.forEach((s, i) => {
    const cached = scans[i];
    scans[i] = undefined;
    collector.add(s, readStoryText(storyText(s, options.date), context, registry, lexicon, cached));
  });
  return tagPointStories(endSummary(collector, context, registry, limit), stories);
}
