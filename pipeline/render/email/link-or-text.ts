import { safeUrl } from '../shared/safe-url.js';
import type { Markup } from './markup.js';
import { renderPartial } from './render-partial.js';

/** A link when the URL is safe to follow, else the label alone (escaped later as text). */
export function linkOrText(label: string, url: string | undefined): string | Markup {
  const href = safeUrl(url);
  return href === undefined ? label : renderPartial('partials/link', { url: href, label });
}
