import type { Digest, DigestArticle, RenderOptions } from '../../types.js';
import { actorNames } from '../shared/actor-names.js';
import { cleanInline } from '../shared/clean-inline.js';
import { shorten } from '../shared/shorten.js';
import { topLines } from '../shared/top-lines.js';
import { actorBlock } from './actor-block.js';
import { contextBlock } from './context-block.js';
import { footerBlock } from './footer-block.js';
import { glanceBlock } from './glance-block.js';
import { headerBlock } from './header-block.js';
import { joinMarkup } from './join-markup.js';
import { moreBlock } from './more-block.js';
import { planEmail } from './plan-email.js';
import { renderPartial } from './render-partial.js';
import { sourcesBlock } from './sources-block.js';

/** Preheader length, characters: Gmail and Apple Mail show about 100-140 after the subject. */
const PREHEADER_MAX_CHARS = 140;

/** The email as MJML: the layout filled with its partials, every piece of article data escaped on the way in. */
export function buildEmailMjml(digest: Digest, options: RenderOptions): string {
  const plan = planEmail(digest, options);
  const names = actorNames(digest);
  const byRef = new Map<number, DigestArticle>(digest.articles.map((article) => [article.ref, article]));
  const preheader = topLines(digest)
    .map(({ actor, point }) => `${cleanInline(actor.name)}: ${cleanInline(point.text)}`)
    .join(' · ');
  const layout = renderPartial('layout', {
    title: `Briefing ${cleanInline(digest.date)}`,
    preheader: shorten(preheader === '' ? `Briefing ${digest.date}` : preheader, PREHEADER_MAX_CHARS),
    header: headerBlock(digest),
    glance: glanceBlock(digest, byRef),
    actors: joinMarkup(plan.actors.map((actor) => actorBlock(actor, names, byRef))),
    more: moreBlock(plan.hiddenActors, options),
    context: contextBlock(digest, plan.interactions, names, byRef),
    sources: sourcesBlock(plan.sources, plan.hiddenSources, options),
    footer: footerBlock(digest),
  });
  return layout.markup + '\n';
}
