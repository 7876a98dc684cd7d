import type { Lexicon } from '../registry/lexicon.js';
import type { Registry } from '../registry/load-registry.js';
import type { PersonContext } from '../persons/person-context.js';
import type { StoryText } from '../model.js';
import { readStory, type SentenceReading } from './read-story.js';
import { scanSentences, type ScannedSentence } from '../scan/scan-sentences.js';
import { tokenise } from '../scan/tokenise.js';

/**
 * The second pass over one story: who speaks and acts in each sentence, with
 * surnames resolved against the whole set. The first pass's scan is reused when
 * given, unless the story names an organisation discovered since (then it is
 * scanned again, so that the organisation is found as an actor too).
 */
export function readStoryText(story: StoryText, context: PersonContext, registry: Registry, lexicon: Lexicon, cached?: ScannedSentence[]): SentenceReading[] {
  const trie = context.discovered.trie;
  const reuse = cached && (!trie || !cached.some((x) => x.tokens.some((_, k) => trie.longestAt(x.tokens, k) !== undefined)));
  // Scanned again, the first pass's tokens are kept: they are the body's, so only the headline is tokenised again.
  const scan = reuse ? cached : scanSentences(story, registry, lexicon, trie, cached ? [tokenise(story.title), ...cached.map((x) => x.tokens)] : undefined);
  return readStory(scan, context.index, lexicon, context.actorOf, context.isOrganisation, context.isNewsMedium);
}
