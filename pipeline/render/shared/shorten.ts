import { cleanInline } from './clean-inline.js';

/**
 * One clean line of at most `max` characters, cut at a word boundary with an
 * ellipsis, for headlines and the email preheader.
 */
export function shorten(value: string, max: number): string {
  const line = cleanInline(value);
  const chars = Array.from(line);
  if (chars.length <= max) return line;
  const cut = chars.slice(0, max - 1).join('');
  const lastSpace = cut.lastIndexOf(' ');
  // A cut inside the last quarter keeps whole words; an unbroken run (a URL) is cut hard.
  const body = lastSpace > max * 0.75 ? cut.slice(0, lastSpace) : cut;
  return body.replace(/[\s,;:.-]+$/u, '') + '…';
}
