import { fold } from '../scan/fold.js';

const SLUG_REGEXPS = { nonWord: /[^a-z0-9]+/g, edges: /^-+|-+$/g } as const;

/** A stable id from a display name ("Adel al-Jubeir" -> "adel-al-jubeir"). */
export function slugify(name: string): string {
  return fold(name).replace(SLUG_REGEXPS.nonWord, '-').replace(SLUG_REGEXPS.edges, '');
}
