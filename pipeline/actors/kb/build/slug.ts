import { foldName } from './fold-name.js';

/** Ids from names: folded, words joined by dashes ("Gordon Brown" -> "gordon-brown"). */
export function slug(name: string): string {
  return foldName(name.replace(/&/g, ' and ').replace(/[’']/g, '')).replace(/ /g, '-');
}
