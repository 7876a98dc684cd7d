import type { KbAffiliation } from './kb-entry.js';

// Two spans of the same office merge when the second starts within this many days of the
// first's end: re-election after a dissolution (UK general elections come 3-6 weeks after
// it: at most 38 days since 2000), or a new term starting the day after the last. Not
// more: an office left and taken again seven weeks later (Dominic Raab, deputy prime
// minister before and after Liz Truss's government) is two spans.
const MAX_GAP_DAYS = 45;

const days = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/**
 * Joins consecutive spans of the same affiliation (same id and role) into one; an open
 * span swallows any later one. Spans with a year-only date merge only when they overlap.
 */
export function mergeSpans(affiliations: readonly KbAffiliation[]): KbAffiliation[] {
  const sorted = [...affiliations].sort((a, b) => ((a.from ?? '') < (b.from ?? '') ? -1 : (a.from ?? '') > (b.from ?? '') ? 1 : 0));
  const out: KbAffiliation[] = [];
  for (const span of sorted) {
    const index = out.findLastIndex((s) => s.id === span.id && s.role === span.role);
    const last = out[index];
    if (last && last.from !== undefined && span.from !== undefined) {
      const touches = last.to === undefined || span.from <= last.to || (last.to.length === 10 && span.from.length === 10 && days(last.to, span.from) <= MAX_GAP_DAYS);
      if (touches) {
        const to = last.to === undefined || span.to === undefined ? undefined : span.to > last.to ? span.to : last.to;
        out[index] = { id: last.id, ...(last.role ? { role: last.role } : {}), from: last.from, ...(to ? { to } : {}) };
        continue;
      }
    }
    out.push(span);
  }
  return out;
}
