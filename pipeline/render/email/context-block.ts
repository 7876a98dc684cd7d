import type { Digest, DigestArticle, Interaction } from '../../types.js';
import { cleanInline } from '../shared/clean-inline.js';
import { sourceMeta } from '../shared/source-meta.js';
import { citeMarkup } from './cite-markup.js';
import { joinMarkup } from './join-markup.js';
import { markup, type Markup } from './markup.js';
import { renderPartial } from './render-partial.js';

/** Also mentioned, interactions and developing stories in one section; nothing when all are empty. */
export function contextBlock(
  digest: Digest,
  interactions: readonly Interaction[],
  names: ReadonlyMap<string, string>,
  byRef: ReadonlyMap<number, DigestArticle>,
): Markup {
  const parts: Markup[] = [];
  const mentioned = digest.mentioned.map((m) => cleanInline(m.name)).filter((n) => n !== '');
  if (mentioned.length > 0) parts.push(renderPartial('partials/also-mentioned', { names: `${mentioned.join(', ')}.` }));
  if (interactions.length > 0) {
    const items = interactions.map((interaction) =>
      renderPartial('partials/interaction', {
        actors: `${cleanInline(names.get(interaction.a) ?? interaction.a)} – ${cleanInline(names.get(interaction.b) ?? interaction.b)}`,
        type: interaction.type,
        count: interaction.count === 1 ? 'once' : `${interaction.count} times`,
        cites: citeMarkup(interaction.refs, byRef),
      }),
    );
    parts.push(renderPartial('partials/interactions', { items: joinMarkup(items) }));
  }
  const developing = [...byRef.values()].filter((article) => article.status === 'developing');
  if (developing.length > 0) {
    const items = developing.map((article) => {
      const meta = sourceMeta(article);
      return renderPartial('partials/developing-item', {
        cite: citeMarkup([article.ref], byRef),
        title: cleanInline(article.title),
        meta: meta === '' ? '' : `— ${meta}`,
      });
    });
    parts.push(renderPartial('partials/developing', { items: joinMarkup(items) }));
  }
  if (parts.length === 0) return markup('');
  return renderPartial('partials/context', { body: joinMarkup(parts) });
}
