import type { BriefingPlan, RenderOptions } from '../../types.js';
import { cleanLine } from '../../text-safety/clean-line.js';
import { safeUrl } from '../shared/safe-url.js';
import { joinMarkup } from './join-markup.js';
import { markup, type Markup } from './markup.js';
import { renderPartial } from './render-partial.js';

/** Rejected inputs with their reasons, the generator, and where the briefing can be read on the web: the small print. */
export function footerBlock(plan: Pick<BriefingPlan, 'rejected' | 'generator' | 'date'>, options: RenderOptions): Markup {
  const count = plan.rejected.length;
  const reasons =
    count === 0
      ? markup('')
      : renderPartial('partials/reasons', {
          items: joinMarkup(plan.rejected.map((rejected) => renderPartial('partials/reason', { path: cleanLine(rejected.path), reason: cleanLine(rejected.reason) }))),
        });
  const web = safeUrl(options.briefingUrl);
  return renderPartial('partials/footer', {
    rejected: count === 0 ? 'none.' : `${count}.`,
    reasons,
    generator: cleanLine(plan.generator),
    date: cleanLine(plan.date),
    web: web === undefined ? '' : renderPartial('partials/web-link', { url: web }),
  });
}
