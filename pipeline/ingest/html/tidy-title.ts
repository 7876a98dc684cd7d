import { REGEXPS } from '../regexps.js';

const SEPARATOR = /\s+[|–—:·•-]\s+/u;
/** A site name beside a headline is at most this many words. */
const SITE_MAX_WORDS = 5;

/** A headline and the site name that was written beside it. */
export interface TidyTitle {
  readonly title?: string;
  /** The site name taken off a "Headline - Site" title, when no publisher was known. */
  readonly site?: string;
}

/**
 * Removes the site name a <title> often carries ("Headline | Site", "Site - Headline"):
 * the segment equal to the known publisher, or, when the page repeats one segment as its
 * heading, everything but that segment (which then names the site).
 */
export function tidyTitle(title: string | undefined, source: string | undefined, headings: readonly string[]): TidyTitle {
  if (title === undefined) return {};
  const clean = title.replace(REGEXPS.whitespace, ' ').trim();
  if (clean === '') return {};
  const parts = clean.split(SEPARATOR);
  if (parts.length < 2) return { title: clean };
  if (source !== undefined) {
    const kept = parts.filter((p) => p.toLowerCase() !== source.toLowerCase().trim());
    return { title: kept.length > 0 && kept.length < parts.length ? kept.join(' - ') : clean };
  }
  const keys = new Set(headings.map((h) => h.replace(REGEXPS.whitespace, ' ').trim().toLowerCase()));
  const heading = parts.find((p) => keys.has(p.toLowerCase()));
  if (heading === undefined) return { title: clean };
  const rest = parts.filter((p) => p !== heading).join(' - ');
  return rest.split(' ').length <= SITE_MAX_WORDS ? { title: heading, site: rest } : { title: heading };
}
