import { readFileSync } from 'node:fs';
import { packageUrl } from '../../runtime/package-url.js';

/** The templates folder at the repository root. */
const TEMPLATES = packageUrl('templates/');

/** Templates read once per process: they ship with the code, like a stage's JSON data. */
const cache = new Map<string, string>();

/** The text of `templates/<name>.mjml`, e.g. "layout" or "partials/actor-section". */
export function loadTemplate(name: string): string {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  // Names are our own constants; the check keeps a typo from wandering out of the folder.
  if (!/^[a-z]+(?:[-/][a-z]+)*$/.test(name)) throw new Error(`Cannot load template: got "${name}", expected a name like "partials/actor-section"`);
  const text = readFileSync(new URL(`${name}.mjml`, TEMPLATES), 'utf8').trim();
  cache.set(name, text);
  return text;
}
