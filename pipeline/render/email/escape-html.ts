/**
 * Text as HTML character data or a quoted attribute value: the five
 * characters that can end either are replaced by entities. Text is cleaned
 * to one line first by the caller; this only makes it inert.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

const SPECIAL = /[&<>"']/g;

export function escapeHtml(value: string): string {
  return value.replace(SPECIAL, (char) => ENTITIES[char] ?? char);
}
