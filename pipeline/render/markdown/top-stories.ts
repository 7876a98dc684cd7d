import type { List, PhrasingContent, RootContent } from 'mdast';
import type { PlannedStory } from '../../types.js';
import { cleanLine } from '../../text-safety/clean-line.js';
import { storyNote } from '../shared/story-note.js';
import { citations } from './citations.js';

/**
 * The day's top stories, ranked: each its headline (linked to its most
 * central article), its lead sentence cited, and its outlets with every
 * article cited, three lines in one list item. Nothing when there are none.
 */
export function topStories(stories: readonly PlannedStory[]): RootContent[] {
  if (stories.length === 0) return [];
  const list: List = { type: 'list', ordered: true, start: 1, spread: false, children: [] };
  for (const { story, url, refs, moreRefs } of stories) {
    const headline: PhrasingContent = { type: 'text', value: cleanLine(story.headline) };
    const children: PhrasingContent[] = [{ type: 'strong', children: [url === undefined ? headline : { type: 'link', url, children: [headline] }] }];
    const lead = cleanLine(story.lead.text);
    if (lead !== '') children.push({ type: 'break' }, { type: 'text', value: `${lead} ` }, ...citations(story.lead.refs));
    children.push({ type: 'break' }, { type: 'emphasis', children: [{ type: 'text', value: storyNote(story) }] }, { type: 'text', value: ' · ' }, ...citations(refs));
    if (moreRefs > 0) children.push({ type: 'text', value: ` +${moreRefs} more` });
    list.children.push({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] });
  }
  return [{ type: 'heading', depth: 2, children: [{ type: 'text', value: 'Top stories' }] }, list];
}
