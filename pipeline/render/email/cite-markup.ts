import { joinMarkup } from './join-markup.js';
import type { Markup } from './markup.js';
import { renderPartial } from './render-partial.js';

/**
 * "[1] [3]". In an email a citation goes straight to the article (in-message
 * anchors are unreliable across clients); without a safe URL it stays plain.
 * `urls` holds the planned sources' safe URLs by ref.
 */
export function citeMarkup(refs: readonly number[], urls: ReadonlyMap<number, string>): Markup {
  return joinMarkup(
    refs.map((ref) => {
      const url = urls.get(ref);
      return url === undefined
        ? renderPartial('partials/cite-plain', { ref: String(ref) })
        : renderPartial('partials/cite', { url, ref: String(ref) });
    }),
    ' ',
  );
}
