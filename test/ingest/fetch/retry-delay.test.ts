import { describe, expect, it } from 'vitest';
import { retryDelay } from '../../../pipeline/ingest/fetch/retry-delay.js';

describe('retryDelay', () => {
  it('backs off exponentially without Retry-After', () => {
    expect([1, 2, 3].map((n) => retryDelay(n, null, 0))).toEqual([250, 500, 1000]);
  });

  it('honours Retry-After in seconds and as an HTTP date', () => {
    expect(retryDelay(1, '2', 0)).toBe(2000);
    expect(retryDelay(1, 'Thu, 01 Jan 1970 00:00:05 GMT', 1000)).toBe(4000);
  });

  it('gives up when the server asks for too long a wait', () => {
    expect(retryDelay(1, '3600', 0)).toBeUndefined();
  });
});
