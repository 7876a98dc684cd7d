import type { BriefingPlan } from '../../types.js';
import { sourceMeta } from '../shared/source-meta.js';
import { joinMarkup } from './join-markup.js';
import { linkOrText } from './link-or-text.js';
import { markup, type Markup } from './markup.js';
import { renderPartial } from './render-partial.js';

/** The numbered sources; each entry keeps its ref as its number, so gaps (sources left to the JSON) never renumber it. */
export function sourcesBlock(plan: Pick<BriefingPlan, 'sources' | 'hiddenSources'>): Markup {
  const { sources, hiddenSources } = plan;
  if (sources.length === 0) return markup('');
  const items = sources.map((source) => {
    const meta = sourceMeta(source);
    const where = source.location === undefined ? [] : [`from ${source.location}`];
    const copies = source.copies.map((copy) => linkOrText(copy.label, copy.url));
    return renderPartial('partials/source', {
      ref: String(source.ref),
      title: linkOrText(source.title, source.url),
      meta: [meta, ...where].filter((part) => part !== '').map((part, i) => (i === 0 ? `— ${part}` : ` · ${part}`)).join(''),
      copies: copies.length === 0 ? '' : renderPartial('partials/copies', { copies: joinMarkup(copies, ', ') }),
    });
  });
  const rest =
    hiddenSources <= 0
      ? markup('')
      : renderPartial('partials/paragraph', { text: `${hiddenSources} more ${hiddenSources === 1 ? 'source is' : 'sources are'} listed in the JSON digest.` });
  return renderPartial('partials/sources', { items: joinMarkup(items), rest });
}
