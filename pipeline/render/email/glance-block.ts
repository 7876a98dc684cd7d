import type { Digest, DigestArticle } from '../../types.js';
import { topLines } from '../shared/top-lines.js';
import { joinMarkup } from './join-markup.js';
import { markup, type Markup } from './markup.js';
import { pointMarkup } from './point-markup.js';
import { renderPartial } from './render-partial.js';

/** The day's top lines; nothing when no actor has a point. */
export function glanceBlock(digest: Digest, byRef: ReadonlyMap<number, DigestArticle>): Markup {
  const lines = topLines(digest);
  if (lines.length === 0) return markup('');
  return renderPartial('partials/at-a-glance', {
    items: joinMarkup(lines.map(({ actor, point }) => pointMarkup(actor, point, byRef, true))),
  });
}
