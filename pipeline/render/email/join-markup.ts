import { escapeHtml } from './escape-html.js';
import { markup, type Markup } from './markup.js';

/** Fragments as one, in order: strings are escaped, markup goes in as is. */
export function joinMarkup(parts: readonly (string | Markup)[], separator = ''): Markup {
  return markup(parts.map((part) => (typeof part === 'string' ? escapeHtml(part) : part.markup)).join(escapeHtml(separator)));
}
