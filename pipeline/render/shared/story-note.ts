import type { DigestStory } from '../../types.js';
import { cleanLine } from '../../text-safety/clean-line.js';

/** Outlets named in a story's line; a story carried by more says "and N more" (the JSON lists them all). */
const MAX_OUTLETS = 8;

/** "The Times, Fox News · developing since 2026-11-20": who carried a story, and whether it is new. */
export function storyNote(story: DigestStory): string {
  const outlets = story.outlets.map(cleanLine).filter((name) => name !== '');
  const named = outlets.slice(0, MAX_OUTLETS).join(', ') + (outlets.length > MAX_OUTLETS ? ` and ${outlets.length - MAX_OUTLETS} more` : '');
  const parts = [outlets.length > 0 ? named : `${story.articleRefs.length} ${story.articleRefs.length === 1 ? 'article' : 'articles'}`];
  if (story.status === 'developing') parts.push(story.firstSeen === undefined ? 'developing' : `developing since ${cleanLine(story.firstSeen)}`);
  return parts.join(' · ');
}
