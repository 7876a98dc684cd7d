import { matchDate } from './match-date.js';

/** Normalises a date string in any common format to ISO `YYYY-MM-DD`, or undefined. */
export function parseDate(text: string | undefined | null): string | undefined {
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  return matchDate(text.slice(0, 200))?.iso;
}
