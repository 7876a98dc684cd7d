import { describe, expect, it } from 'vitest';
import { loadDateLocales } from '../../pipeline/ingest/date-parsers.js';
import { parseDate } from '../../pipeline/ingest/parse-date.js';

describe('parseDate', () => {
  it.each([
    ['Tue, 09 Apr 2024 14:20:00 -0500', '2024-04-09'],
    ['2017-11-26T23:30:00-05:00', '2017-11-26'],
    ['2017-11-26', '2017-11-26'],
    ['26 November 2017', '2017-11-26'],
    ['Nov. 26, 2017', '2017-11-26'],
    ['Sunday, 21 April 2019', '2019-04-21'],
  ])('normalises %j to %s, keeping the date as written', (input, iso) => {
    expect(parseDate(input)).toBe(iso);
  });

  it.each(['Monday', '26 Nov', 'today', '', 'not a date', '1 January 1850'])('refuses %j (no full, plausible date)', (input) => {
    expect(parseDate(input)).toBeUndefined();
  });

  it('reads other languages once their parsers are loaded', async () => {
    await loadDateLocales();
    expect(parseDate('12 janvier 2024')).toBe('2024-01-12');
    expect(parseDate('3. März 2023')).toBe('2023-03-03');
  });
});
