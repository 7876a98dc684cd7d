/**
 * Test adapter: builds Story values from plain article text, as dedupe would,
 * with a simple sentence splitter. Not a test itself.
 */
import type { Story } from '../../pipeline/types.js';

/**
 * Sentence ends: ., ! or ? (optionally closed by a quote), then space and a
 * capital or an opening quote; not after an initial ("Robert F. Kennedy") or a
 * title abbreviation ("Dr. Smith").
 */
const SENTENCE_END = /(?<!\b\p{Lu}\.)(?<!\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sen|Rep|Gov)\.)(?<=[.!?][”"’]?)\s+(?=[“"‘A-Z])/u;

/** Splits one paragraph-separated text into sentences (paragraph breaks always end one). */
export function splitSentences(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((paragraph) => paragraph.split(SENTENCE_END))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** One Story per text: the first line is the title, the rest the body. Refs start at 1. */
export function makeStories(texts: readonly { readonly name: string; readonly text: string; readonly source?: string; readonly published?: string }[]): Story[] {
  return texts.map(({ name, text, source, published }, i) => {
    const [title = name, ...rest] = text.split('\n');
    const body = rest.join('\n').trim();
    return {
      ref: i + 1,
      fingerprint: name,
      article: { id: name, path: name, kind: 'text', title, text: body, ...(source !== undefined ? { source } : {}), ...(published !== undefined ? { published } : {}) },
      duplicates: [],
      status: 'new',
      sentences: splitSentences(body),
      // Each text its own event, as grouping would keep unrelated texts apart.
      group: `group-${name}`,
    };
  });
}
