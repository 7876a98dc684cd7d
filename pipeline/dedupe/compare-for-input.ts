import type { Article } from '../types.js';

/**
 * A total order on articles that ignores the order they arrived in: every
 * later step walks articles in this order, so shuffled input gives identical output.
 */
export function compareForInput(a: Article, b: Article): number {
  return (
    compareStrings(a.path, b.path) ||
    compareStrings(a.id, b.id) ||
    compareStrings(a.url ?? '', b.url ?? '') ||
    compareStrings(a.source ?? '', b.source ?? '') ||
    compareStrings(a.published ?? '', b.published ?? '') ||
    compareStrings(a.byline ?? '', b.byline ?? '') ||
    compareStrings(a.title, b.title) ||
    compareStrings(a.text, b.text)
  );
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
