import { fillTemplate, type SlotValue } from './fill-template.js';
import { loadTemplate } from './load-template.js';
import type { Markup } from './markup.js';

/** A template from `templates/` filled with values: the way every piece of the email is made. */
export function renderPartial(name: string, values: Readonly<Record<string, SlotValue>>): Markup {
  return fillTemplate(name, loadTemplate(name), values);
}
