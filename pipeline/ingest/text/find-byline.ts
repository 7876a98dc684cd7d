import { matchDate } from '../match-date.js';
import { REGEXPS } from '../regexps.js';
import type { Line } from './classify-line.js';
import { VOCABULARY } from './furniture-vocabulary.js';
import { startsWithPhrase } from './starts-with-phrase.js';

/** Author lines are short; longer lines that start with "By" are sentences. */
const BYLINE_MAX_WORDS = 10;
/** Lower-case words that occur inside personal names. */
const NAME_PARTICLES = new Set(['de', 'da', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'y']);
/** A role-only byline ("Local Editor", "National Desk") is at most this many words. */
const ROLE_BYLINE_MAX_WORDS = 4;

/** An author line and what it says. */
export interface Byline {
  /** Index of the line. */
  readonly line: number;
  /** The author(s), without "By". */
  readonly byline: string;
  /** A date written on the same line, ISO. */
  readonly published?: string;
}

/**
 * Finds the author line among the head's lines: "By Jane Roe", "Written by ...", or a
 * short title-case line ending in a newsroom role ("National Desk", "Local Editor").
 */
export function findByline(lines: readonly Line[], from: number, to: number): Byline | undefined {
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (!line || line.kind === 'blank' || line.kind === 'prose' || line.words > BYLINE_MAX_WORDS) continue;
    const prefix = VOCABULARY.bylinePrefixes.find((p) => startsWithPhrase(line.key, p));
    if (prefix !== undefined) {
      let rest = line.text.slice(line.text.toLowerCase().indexOf(prefix) + prefix.length);
      const date = matchDate(rest);
      if (date) rest = rest.slice(0, date.index);
      const byline = rest.split(/\s[|•·]\s/u)[0]?.replace(/^[\s:,-]+|[\s,;:|-]+$/gu, '') ?? '';
      if (byline !== '' && REGEXPS.upper.test(byline)) return date ? { line: i, byline, published: date.iso } : { line: i, byline };
      continue;
    }
    const inline = REGEXPS.inlineByline.exec(line.text)?.[1];
    if (inline !== undefined && line.kind === 'date') return { line: i, byline: inline, ...optionalDate(line.text) };
    const words = line.key.split(' ');
    const capitalised = line.text.split(REGEXPS.whitespace).every((w) => /^\p{Lu}/u.test(w));
    if (words.length <= ROLE_BYLINE_MAX_WORDS && capitalised && VOCABULARY.bylineRoles.has(words[words.length - 1] ?? '')) {
      return { line: i, byline: line.text };
    }
  }
  return bareName(lines, from, to);
}

/**
 * A bare name ("Kelsey Tran") standing right above the date line: two to four capitalised
 * words (name particles allowed), no digits, no furniture vocabulary.
 */
function bareName(lines: readonly Line[], from: number, to: number): Byline | undefined {
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (line?.kind !== 'short' || line.words < 2 || line.words > ROLE_BYLINE_MAX_WORDS) continue;
    let next = i + 1;
    while (lines[next]?.kind === 'blank') next++;
    if (lines[next]?.kind !== 'date') continue;
    const words = line.text.split(REGEXPS.whitespace);
    if (words.every((w) => REGEXPS.nameWord.test(w) || NAME_PARTICLES.has(w))) return { line: i, byline: line.text };
  }
  return undefined;
}

function optionalDate(text: string): { published?: string } {
  const date = matchDate(text);
  return date ? { published: date.iso } : {};
}
