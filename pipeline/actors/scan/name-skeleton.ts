import { fold } from './fold.js';

/** Rewrites that make transliterations of one name agree. */
const SKELETON_REGEXPS = {
  // Sounds spelt two ways in romanised Arabic, Persian, Russian and Turkish names.
  digraphs: [
    [/kh/g, 'h'],
    [/ph/g, 'f'],
    [/ou/g, 'u'],
    [/w/g, 'v'],
    [/j/g, 'y'],
    [/q/g, 'k'],
    [/ck/g, 'k'],
    [/dh/g, 'd'],
    [/th/g, 't'],
  ] as const,
  nonLetters: /[^a-z]/g,
  doubled: /(.)\1+/g,
  vowels: /[aeiouy]/g,
} as const;

/**
 * The consonant skeleton of a name word: folded, transliteration digraphs
 * merged, doubled letters single, vowels dropped after the first letter.
 * "Sergey" and "Sergei" -> "srg"; "Mohammad", "Mohammed", "Muhammad" -> "mhmd";
 * "Erdoğan" and "Erdogan" -> "erdgn".
 */
export function nameSkeleton(word: string): string {
  let skeleton = cache.get(word);
  if (skeleton === undefined) {
    skeleton = compute(word);
    if (cache.size >= SKELETON_CACHE_SIZE) cache.clear();
    cache.set(word, skeleton);
  }
  return skeleton;
}

/** Distinct words whose skeleton is remembered (capitalised words repeat across a day's articles). */
const SKELETON_CACHE_SIZE = 50_000;
const cache = new Map<string, string>();

function compute(word: string): string {
  let text = fold(word).replace(SKELETON_REGEXPS.nonLetters, '');
  for (const [pattern, replacement] of SKELETON_REGEXPS.digraphs) text = text.replace(pattern, replacement);
  text = text.replace(SKELETON_REGEXPS.doubled, '$1');
  if (text.length === 0) return '';
  return text[0] + text.slice(1).replace(SKELETON_REGEXPS.vowels, '');
}
