import type { DigestArticle } from '../../types.js';
import { safeUrl } from '../shared/safe-url.js';
import { joinMarkup } from './join-markup.js';
import type { Markup } from './markup.js';
import { renderPartial } from './render-partial.js';

/**
 * "[1] [3]". In an email a citation goes straight to the article (in-message
 * anchors are unreliable across clients); without a safe URL it stays plain.
 */
export function citeMarkup(refs: readonly number[], byRef: ReadonlyMap<number, DigestArticle>): Markup {
  return joinMarkup(
    refs.map((ref) => {
      const url = safeUrl(byRef.get(ref)?.url);
      return url === undefined
        ? renderPartial('partials/cite-plain', { ref: String(ref) })
        : renderPartial('partials/cite', { url, ref: String(ref) });
    }),
    ' ',
  );
}
