import type { Lexicon } from '../registry/lexicon.js';
import type { Token } from '../model.js';

/** Shortest word read as a verb by its ending alone ("assented", "is coming"). */
const MIN_GUESSED_VERB_LENGTH = 5;

/**
 * The main verb after a subject, skipping auxiliaries, adverbs and time
 * phrases ("has repeatedly", "on Monday"): its index and lemma, or undefined
 * when there is none or it is passive ("was mired") or a copula ("has been a").
 */
export function readVerb(tokens: readonly Token[], k: number, to: number, lexicon: Lexicon): { index: number; lemma: string } | undefined {
  let afterBe = false;
  let i = k;
  for (; i < to; i += 1) {
    const t = tokens[i] as Token;
    if (lexicon.beForms.has(t.norm)) afterBe = true;
    if (lexicon.auxiliaries.has(t.norm) || lexicon.timeWords.has(t.norm)) continue;
    if ((t.norm === 'on' || t.norm === 'last' || t.norm === 'this') && lexicon.timeWords.has(tokens[i + 1]?.norm ?? '')) continue;
    break;
  }
  const t = tokens[i];
  if (!t || t.cap || t.quoted) return undefined;
  // Unlisted verbs: a regular past ("assented") or, after a form of "be", a progressive ("is coming").
  const guessed = (t.norm.endsWith('ed') || (afterBe && t.norm.endsWith('ing'))) && t.norm.length >= MIN_GUESSED_VERB_LENGTH;
  const lemma = lexicon.verbForms.get(t.norm) ?? (guessed ? t.norm : undefined);
  if (!lemma) return undefined;
  // "is considering" is active; "was mired", "were killed" are passive.
  if (afterBe && !t.norm.endsWith('ing')) return undefined;
  return { index: i, lemma };
}
