import { REGEXPS } from './regexps.js';

/**
 * Normalises decoded text the same way for every source kind: NFC, one kind of
 * line break, no control or invisible characters, single spaces, trimmed lines.
 * Bidi overrides go too: they can reorder a title on screen without changing its bytes.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(REGEXPS.newline, '\n')
    .replace(REGEXPS.control, '')
    .replace(REGEXPS.invisible, '')
    .split('\n')
    .map((line) => line.replace(REGEXPS.spaces, ' ').trim())
    .join('\n');
}
