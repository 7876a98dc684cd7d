import { fmix32 } from './fmix32.js';
import { murmurStep } from './murmur-step.js';
import { createWordKinds, WORD_KIND } from './word-kinds.js';
import { wordHashes } from './word-hashes.js';

/** What claims need of each sentence of one article, in flat arrays (no object per sentence). */
export interface SentenceFeatures {
  /** Id of each sentence's normalised form: 16 hex digits over its case-folded words. */
  readonly keys: readonly string[];
  /** Content words (stop words and negations left out) of all sentences, each sentence's distinct and ascending. */
  readonly tokens: Uint32Array;
  /** Sentence i's content words are tokens[offsets[i] .. offsets[i + 1]). */
  readonly offsets: Int32Array;
  /** Numbers and negations of each sentence: two sentences are one claim only when these are equal. */
  readonly guards: readonly string[];
}

const REGEXPS = {
  /** Any digit: most sentences have none, and skip the number scan. */
  digit: /\d/,
  /** A number as written ("12", "3.5", "1,200"). */
  number: /\d+(?:[.,]\d+)*/g,
} as const;

const kindOf = createWordKinds();
/** Seeds of the two independent 32-bit halves of a sentence key. */
const KEY_SEEDS = [0x2545f491, 0x9e3779b9] as const;

/**
 * Keys, content words and guards of an article's sentences from ONE pass of
 * the word hasher over the whole text (words are mapped to sentences by
 * position), instead of one pass and one allocation per sentence. Sentences
 * must be trimmed substrings of `text`, in order, as `splitSentences` gives them.
 * The guard keeps "killed 12" apart from "killed 15" and "will send" apart
 * from "will not send", which a bag of words alone would call near-identical.
 */
export function sentenceFeatures(text: string, sentences: readonly string[]): SentenceFeatures {
  const starts = new Int32Array((text.length >>> 1) + 1);
  const words = wordHashes(text, starts);
  const tokens = new Uint32Array(words.length);
  const offsets = new Int32Array(sentences.length + 1);
  const keys: string[] = [];
  const guards: string[] = [];
  let word = 0;
  let cursor = 0;
  let used = 0;
  sentences.forEach((sentence, s) => {
    const at = text.indexOf(sentence, cursor);
    const begin = at < 0 ? cursor : at;
    cursor = begin + sentence.length;
    while (word < words.length && starts[word]! < begin) word++;
    const first = word;
    while (word < words.length && starts[word]! < cursor) word++;
    keys.push(first === word ? charKey(sentence) : wordKey(words, first, word));
    let negated: number[] | undefined;
    const from = used;
    for (let w = first; w < word; w++) {
      const hash = words[w]!;
      const kind = kindOf(hash);
      if (kind === WORD_KIND.content) used = insertDistinct(tokens, from, used, hash);
      else if (kind === WORD_KIND.negation) (negated ??= []).push(hash);
    }
    offsets[s + 1] = used;
    const numbers = REGEXPS.digit.test(sentence) ? sentence.match(REGEXPS.number) : null;
    guards.push(numbers === null && negated === undefined ? '' : `${[...new Set(numbers)].sort().join(' ')}|${[...new Set(negated)].sort((a, b) => a - b).join(' ')}`);
  });
  return { keys, tokens: tokens.slice(0, used), offsets, guards };
}

/** Insert `value` into the ascending distinct run tokens[from, end); return the new end. */
function insertDistinct(tokens: Uint32Array, from: number, end: number, value: number): number {
  let i = end;
  while (i > from && tokens[i - 1]! > value) i--;
  if (i > from && tokens[i - 1] === value) return end;
  tokens.copyWithin(i + 1, i, end);
  tokens[i] = value;
  return end + 1;
}

function wordKey(words: Uint32Array, from: number, to: number): string {
  let low: number = KEY_SEEDS[0];
  let high: number = KEY_SEEDS[1];
  for (let i = from; i < to; i++) {
    low = murmurStep(low, words[i]!);
    high = murmurStep(high, words[i]! ^ 0x5bd1e995);
  }
  return hex16(fmix32(low ^ (to - from)), fmix32(high ^ (to - from)));
}

/** A sentence with no words (only punctuation or symbols) is keyed by its characters. */
function charKey(sentence: string): string {
  let low: number = KEY_SEEDS[0];
  let high: number = KEY_SEEDS[1];
  for (let i = 0; i < sentence.length; i++) {
    low = murmurStep(low, sentence.charCodeAt(i));
    high = murmurStep(high, sentence.charCodeAt(i) ^ 0x5bd1e995);
  }
  return hex16(fmix32(low), fmix32(high));
}

/** Character codes of "0".."9a".."f". */
const HEX_CODES = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));

/** Two 32-bit values as 16 hex digits, built as one flat string (concatenation left ropes for the GC at 4M keys). */
function hex16(low: number, high: number): string {
  const h = HEX_CODES;
  return String.fromCharCode(
    h[low >>> 28]!, h[(low >>> 24) & 15]!, h[(low >>> 20) & 15]!, h[(low >>> 16) & 15]!,
    h[(low >>> 12) & 15]!, h[(low >>> 8) & 15]!, h[(low >>> 4) & 15]!, h[low & 15]!,
    h[high >>> 28]!, h[(high >>> 24) & 15]!, h[(high >>> 20) & 15]!, h[(high >>> 16) & 15]!,
    h[(high >>> 12) & 15]!, h[(high >>> 8) & 15]!, h[(high >>> 4) & 15]!, h[high & 15]!,
  );
}
