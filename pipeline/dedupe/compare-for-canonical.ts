import type { Article } from '../types.js';

/** The metadata fields whose presence makes a copy better-formed, in no particular order. */
const METADATA_FIELDS = ['source', 'published', 'byline', 'url'] as const;

/**
 * Sort order in which the first article of a family is its canonical: the
 * longest clean body (the fullest version), then the most metadata present,
 * then the earliest publication date (undated last), then the path, then the
 * id. Never input order, so listing the files differently changes nothing.
 */
export function compareForCanonical(a: Article, b: Article): number {
  return (
    b.text.length - a.text.length ||
    metadataCount(b) - metadataCount(a) ||
    compareDates(a.published, b.published) ||
    compareStrings(a.path, b.path) ||
    compareStrings(a.id, b.id)
  );
}

function metadataCount(article: Article): number {
  return METADATA_FIELDS.filter((field) => article[field] !== undefined && article[field] !== '').length;
}

function compareDates(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return compareStrings(a, b);
}

/** Code-unit order: the same on every machine, whatever the locale. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
