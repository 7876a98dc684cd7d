import { describe, expect, it } from 'vitest';
import { HEADLINE_MAX_CHARS, truncateLine } from '../../pipeline/text-safety/truncate-line.js';

describe('truncateLine', () => {
  it('returns a clean line that fits as it is', () => {
    expect(truncateLine('Talks\r\nresume', 20)).toBe('Talks resume');
  });

  it('cuts a long line at a word boundary and ends it with exactly one ellipsis', () => {
    const cut = truncateLine('Ministers met in Vienna on Monday to revive the talks on the nuclear deal', 40);
    expect(cut).toBe('Ministers met in Vienna on Monday to…');
    expect(Array.from(cut).length).toBeLessThanOrEqual(40);
  });

  it('never shows two ellipses, nor punctuation left dangling before one', () => {
    expect(truncateLine('Talks resume... and then the ministers left Vienna for home', 16)).toBe('Talks resume…');
    expect(truncateLine('Talks resume… and then the ministers left Vienna for home', 16)).toBe('Talks resume…');
    expect(truncateLine('Talks, resume, and then the ministers left', 15)).toBe('Talks, resume…');
  });

  it('cuts an unbroken run hard, and never inside a character', () => {
    expect(truncateLine('https://example.org/a/very/long/path/without/spaces', 20)).toBe('https://example.org…');
    expect(Array.from(truncateLine('😀'.repeat(50), 10))).toHaveLength(10);
    expect(truncateLine('😀'.repeat(50), 10)).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u);
  });

  it('throws for a length that is no positive integer, naming it', () => {
    expect(() => truncateLine('x', 0)).toThrow('Cannot truncate: got max 0, expected a positive integer');
  });

  it('shares one title length: 120 characters', () => {
    expect(HEADLINE_MAX_CHARS).toBe(120);
  });
});
