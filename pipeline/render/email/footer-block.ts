import type { Digest } from '../../types.js';
import { cleanInline } from '../shared/clean-inline.js';
import { joinMarkup } from './join-markup.js';
import { markup, type Markup } from './markup.js';
import { renderPartial } from './render-partial.js';

/** Rejected inputs with their reasons, and the generator: the small print. */
export function footerBlock(digest: Digest): Markup {
  const count = digest.rejected.length;
  const reasons =
    count === 0
      ? markup('')
      : renderPartial('partials/reasons', {
          items: joinMarkup(
            digest.rejected.map((rejected) =>
              renderPartial('partials/reason', { path: cleanInline(rejected.path), reason: cleanInline(rejected.reason) }),
            ),
          ),
        });
  return renderPartial('partials/footer', {
    rejected: count === 0 ? 'none.' : `${count}.`,
    reasons,
    generator: cleanInline(digest.generator),
    date: cleanInline(digest.date),
  });
}
