import { REGEXPS } from '../regexps.js';
import type { Line } from './classify-line.js';
import { publisherFromDomain } from './publisher-from-domain.js';
import { splitTitleSegments } from './split-title-segments.js';

/** Publisher names are short: longer segments are taglines or headlines. */
const PUBLISHER_MAX_WORDS = 5;

/**
 * Finds the publisher of a dump, most reliable evidence first:
 * 1. a segment repeated across "Title | Site" lines (the site name every page header carries);
 * 2. a bare domain line (a site footer), split into words;
 * 3. a copyright line's owner;
 * 4. the short segment beside the headline on its own line.
 * `pageWords` is called only when a domain line needs splitting: most pages never pay for it.
 */
export async function findPublisher(lines: readonly Line[], titleLine: string | undefined, title: string | undefined, pageWords: () => ReadonlySet<string>): Promise<string | undefined> {
  const furniture = lines.filter((l) => l.kind !== 'blank' && l.kind !== 'prose');
  // breadcrumbs repeat section names, not the site's: leave them out
  const segmented = furniture.filter((l) => l.kind !== 'breadcrumb').map((l) => splitTitleSegments(l.text)).filter((s) => s.length >= 2);
  for (const [i, segments] of segmented.entries()) {
    for (const segment of segments) {
      const key = segment.toLowerCase();
      if (!isNameLike(segment) || key === title?.toLowerCase()) continue;
      // "Asharq Al-awsat" recurs as "ASHARQ AL-AWSAT English Archive": a prefix counts, if it is more than one word
      const several = segment.includes(' ');
      const repeated = segmented.some((other, j) => j !== i && other.some((o) => o.toLowerCase() === key || (several && o.toLowerCase().startsWith(`${key} `))));
      if (repeated) return segment;
    }
  }
  const domain = furniture.findLast((l) => l.kind === 'domain');
  if (domain) return publisherFromDomain(domain.text, pageWords());
  for (const line of furniture.filter((l) => l.kind === 'copyright')) {
    // the owner is the name before the first stop or comma: "© 2023 Prairie Sun, a division of ..."
    const bare = line.text.replace(REGEXPS.copyrightNoise, ' ').replace(REGEXPS.whitespace, ' ').trim();
    const owner = (bare.split(REGEXPS.ownerEnd)[0] ?? '').replace(REGEXPS.edgePunctuation, '');
    if (isNameLike(owner)) return owner;
  }
  if (titleLine !== undefined && title !== undefined) {
    const sibling = splitTitleSegments(titleLine).find((s) => s.toLowerCase() !== title.toLowerCase() && isNameLike(s) && !/\d/u.test(s));
    if (sibling) return sibling;
  }
  return undefined;
}

function isNameLike(text: string): boolean {
  const words = text.split(REGEXPS.whitespace).filter(Boolean).length;
  return words >= 1 && words <= PUBLISHER_MAX_WORDS && REGEXPS.upper.test(text);
}
