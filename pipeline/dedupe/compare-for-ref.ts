import type { Article } from '../types.js';

/**
 * Order in which briefed stories get refs 1..n: publication date ascending
 * (undated last), then title, then path, all in code-unit order, so refs do
 * not depend on the locale or on the order inputs were listed in.
 */
export function compareForRef(a: Article, b: Article): number {
  if (a.published !== b.published) {
    if (a.published === undefined) return 1;
    if (b.published === undefined) return -1;
    return a.published < b.published ? -1 : 1;
  }
  return compareStrings(a.title, b.title) || compareStrings(a.path, b.path) || compareStrings(a.id, b.id);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
