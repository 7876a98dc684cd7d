import type { DigestArticle, RenderOptions } from '../../types.js';
import { cleanInline } from '../shared/clean-inline.js';
import { duplicateLabel } from '../shared/duplicate-label.js';
import { safeUrl } from '../shared/safe-url.js';
import { sourceMeta } from '../shared/source-meta.js';
import { joinMarkup } from './join-markup.js';
import { linkOrText } from './link-or-text.js';
import { markup, type Markup } from './markup.js';
import { renderPartial } from './render-partial.js';

/** The numbered sources; each entry keeps its ref as its number, so gaps after trimming never renumber it. */
export function sourcesBlock(sources: readonly DigestArticle[], hidden: number, options: RenderOptions): Markup {
  if (sources.length === 0) return markup('');
  const items = sources.map((article) => {
    const meta = sourceMeta(article);
    // Without a web address, the input it came from is the only way back to it.
    const from = safeUrl(article.url) === undefined ? ` · from ${cleanInline(article.path)}` : '';
    const copies = article.duplicates.map((duplicate) => linkOrText(duplicateLabel(duplicate), duplicate.url));
    return renderPartial('partials/source', {
      ref: String(article.ref),
      title: linkOrText(cleanInline(article.title) || cleanInline(article.path), article.url),
      meta: meta === '' ? from.replace(' · ', '— ') : `— ${meta}${from}`,
      copies: copies.length === 0 ? '' : renderPartial('partials/copies', { copies: joinMarkup(copies, ', ') }),
    });
  });
  const rest =
    hidden <= 0
      ? markup('')
      : renderPartial('partials/paragraph', {
          text: joinMarkup([`${hidden} more ${hidden === 1 ? 'source' : 'sources'} in the `, linkOrText('full briefing', options.briefingUrl), '.']),
        });
  return renderPartial('partials/sources', { items: joinMarkup(items), rest });
}
