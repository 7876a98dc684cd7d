import type { PlannedStory } from '../../types.js';
import { cleanLine } from '../../text-safety/clean-line.js';
import { storyNote } from '../shared/story-note.js';
import { citeMarkup } from './cite-markup.js';
import { joinMarkup } from './join-markup.js';
import { linkOrText } from './link-or-text.js';
import { markup, type Markup } from './markup.js';
import { renderPartial } from './render-partial.js';

/** The top stories, ranked: headline linked to its central article, lead cited, outlets and every article cited; nothing when there are none. */
export function storiesBlock(stories: readonly PlannedStory[], urls: ReadonlyMap<number, string>): Markup {
  if (stories.length === 0) return markup('');
  const items = stories.map(({ story, url, refs, moreRefs }) => {
    const lead = cleanLine(story.lead.text);
    return renderPartial('partials/story', {
      headline: linkOrText(cleanLine(story.headline), url),
      lead: lead === '' ? '' : renderPartial('partials/story-lead', { text: lead, cites: citeMarkup(story.lead.refs, urls) }),
      note: storyNote(story),
      cites: moreRefs > 0 ? joinMarkup([citeMarkup(refs, urls), ` +${moreRefs} more`]) : citeMarkup(refs, urls),
    });
  });
  return renderPartial('partials/top-stories', { items: joinMarkup(items) });
}
