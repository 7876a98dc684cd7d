import type { Digest } from '../../types.js';
import { cleanInline } from '../shared/clean-inline.js';
import { countsLine } from '../shared/counts-line.js';
import type { Markup } from './markup.js';
import { renderPartial } from './render-partial.js';

/** The title and the day's counts. */
export function headerBlock(digest: Digest): Markup {
  return renderPartial('partials/header', {
    title: `Briefing ${cleanInline(digest.date)}`,
    counts: countsLine(digest.stats),
  });
}
