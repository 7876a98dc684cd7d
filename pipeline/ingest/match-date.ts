import { DATE_PARSERS, type DateParser } from './date-parsers.js';

/** A calendar date found in a string. */
export interface DateMatch {
  /** `YYYY-MM-DD`, as written (no time-zone shift). */
  readonly iso: string;
  /** Where the date text starts in the string. */
  readonly index: number;
  /** How many characters the date text covers. */
  readonly length: number;
}

/** A fixed reference instant: relative words must never depend on the clock. */
const REFERENCE = { instant: new Date(0), timezone: 'UTC' };
/** Years outside this range are page furniture ("2005 -2017" archives) or typos, not publication dates. */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

/**
 * Finds the first full calendar date (year, month and day all written) in any common
 * format: RFC 822, ISO 8601, "26 November 2017", "Nov. 26, 2017", "Sunday, 21 April 2019".
 * Uses chrono's strict mode, so "today" or "Monday" never become dates. Languages other
 * than English count once loadDateLocales has run.
 */
export function matchDate(text: string): DateMatch | undefined {
  for (const parser of DATE_PARSERS) {
    const found = matchWith(parser, text);
    if (found) return found;
  }
  return undefined;
}

function matchWith(parser: DateParser, text: string): DateMatch | undefined {
  for (const result of parser.parse(text, REFERENCE)) {
    const start = result.start;
    if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
    const year = start.get('year') ?? 0;
    if (year < MIN_YEAR || year > MAX_YEAR) continue;
    const iso = `${String(year)}-${pad(start.get('month'))}-${pad(start.get('day'))}`;
    return { iso, index: result.index, length: result.text.length };
  }
  return undefined;
}

function pad(value: number | null): string {
  return String(value ?? 0).padStart(2, '0');
}
