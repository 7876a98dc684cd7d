import type { PlannedStory } from '../../types.js';
import { cleanLine } from '../../text-safety/clean-line.js';
import { storyNote } from '../shared/story-note.js';
import { wrapBlock } from './wrap-block.js';

/** "1. Headline", then its lead cited, then its outlets and every article cited, indented under the number. */
export function storyLines({ rank, story, refs, moreRefs }: PlannedStory): string[] {
  const label = `${rank}. `;
  const indent = ' '.repeat(label.length);
  const cite = (refs: readonly number[]): string => refs.map((ref) => `[${ref}]`).join(' ');
  const lines = wrapBlock(cleanLine(story.headline), label);
  const lead = cleanLine(story.lead.text);
  if (lead !== '') lines.push(...wrapBlock(`${lead} ${cite(story.lead.refs)}`.trim(), indent));
  lines.push(...wrapBlock(`${storyNote(story)} · ${cite(refs)}${moreRefs > 0 ? ` +${moreRefs} more` : ''}`, indent));
  return lines;
}
