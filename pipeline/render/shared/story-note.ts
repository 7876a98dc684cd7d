import type { DigestStory } from '../../types.js';
import { cleanLine } from '../../text-safety/clean-line.js';

/** "The Times, Fox News · developing since 2026-11-20": who carried a story, and whether it is new. */
export function storyNote(story: DigestStory): string {
  const outlets = story.outlets.map(cleanLine).filter((name) => name !== '');
  const parts = [outlets.length > 0 ? outlets.join(', ') : `${story.articleRefs.length} ${story.articleRefs.length === 1 ? 'article' : 'articles'}`];
  if (story.status === 'developing') parts.push(story.firstSeen === undefined ? 'developing' : `developing since ${cleanLine(story.firstSeen)}`);
  return parts.join(' · ');
}
