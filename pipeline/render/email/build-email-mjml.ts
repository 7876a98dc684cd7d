import type { BriefingPlan, RenderOptions } from '../../types.js';
import { cleanLine } from '../../text-safety/clean-line.js';
import { truncateLine } from '../../text-safety/truncate-line.js';
import { actorBlock } from './actor-block.js';
import { contextBlock } from './context-block.js';
import { footerBlock } from './footer-block.js';
import { headerBlock } from './header-block.js';
import { joinMarkup } from './join-markup.js';
import { renderPartial } from './render-partial.js';
import { sourcesBlock } from './sources-block.js';
import { storiesBlock } from './stories-block.js';

/** Preheader length, characters: Gmail and Apple Mail show about 100-140 after the subject. */
const PREHEADER_MAX_CHARS = 140;

/** The email as MJML: the plan's sections filled into the layout and its partials, every piece of article data escaped on the way in. */
export function buildEmailMjml(plan: BriefingPlan, options: RenderOptions): string {
  const urls = new Map<number, string>();
  for (const source of plan.sources) if (source.url !== undefined) urls.set(source.ref, source.url);
  const date = cleanLine(plan.date);
  const preheader = plan.topStories.map(({ story }) => cleanLine(story.headline)).join(' · ');
  const layout = renderPartial('layout', {
    title: `Briefing ${date}`,
    preheader: truncateLine(preheader === '' ? `Briefing ${date}` : preheader, PREHEADER_MAX_CHARS),
    header: headerBlock(plan),
    stories: storiesBlock(plan.topStories, urls),
    // One section for every actor: a section per actor repeats MJML's table scaffolding (about 1.3 KB each).
    actors: plan.actors.length === 0 ? '' : renderPartial('partials/actors', { sections: joinMarkup(plan.actors.map((actor) => actorBlock(actor, plan.names, urls))) }),
    context: contextBlock(plan, urls),
    sources: sourcesBlock(plan),
    footer: footerBlock(plan, options),
  });
  return layout.markup + '\n';
}
