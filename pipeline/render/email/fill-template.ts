import { escapeHtml } from './escape-html.js';
import { markup, type Markup } from './markup.js';

/** A slot is `{{name}}`; a name is letters, digits and dashes. */
const SLOT = /\{\{([A-Za-z][\w-]*)\}\}/g;

/** What may fill a slot: text (escaped) or markup built from other templates (inserted as is). */
export type SlotValue = string | Markup;

/**
 * The one substitution the email uses, deliberately minimal: every slot is
 * replaced in a single pass over the template (so a value containing
 * `{{...}}` is never read as a slot), strings are HTML-escaped, and only
 * Markup values go in raw. No logic, no loops: code composes partials.
 * A slot without a value, or a value without a slot, is a programmer error.
 */
export function fillTemplate(name: string, template: string, values: Readonly<Record<string, SlotValue>>): Markup {
  const used = new Set<string>();
  const filled = template.replace(SLOT, (_whole, key: string) => {
    const value = values[key];
    if (value === undefined) {
      throw new Error(`Cannot fill template ${name}: got no value for {{${key}}}, expected one of ${Object.keys(values).join(', ') || 'none'}`);
    }
    used.add(key);
    return typeof value === 'string' ? escapeHtml(value) : value.markup;
  });
  for (const key of Object.keys(values)) {
    if (!used.has(key)) throw new Error(`Cannot fill template ${name}: got a value for ${key}, expected a slot {{${key}}} in it`);
  }
  return markup(filled);
}
