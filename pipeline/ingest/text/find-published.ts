import { matchDate } from '../match-date.js';
import type { Line } from './classify-line.js';

/**
 * Picks the publication date among the date lines: one standing between the headline
 * and the body wins; otherwise the head's date nearest the body (a page-header date sits
 * at the very top, the article's next to the text); otherwise the first date after the body.
 */
export function findPublished(lines: readonly Line[], titleLine: number, bodyStart: number, bodyEnd: number): string | undefined {
  const dateAt = (i: number): string | undefined => (lines[i]?.kind === 'date' ? matchDate(lines[i]?.text ?? '')?.iso : undefined);
  for (let i = Math.max(0, titleLine + 1); i < bodyStart; i++) {
    const iso = dateAt(i);
    if (iso) return iso;
  }
  for (let i = bodyStart - 1; i >= 0; i--) {
    const iso = dateAt(i);
    if (iso) return iso;
  }
  for (let i = bodyEnd + 1; i < lines.length; i++) {
    const iso = dateAt(i);
    if (iso) return iso;
  }
  return undefined;
}
