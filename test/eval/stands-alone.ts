import { norm } from './norm.js';

/**
 * Openers that point back to something the point does not carry. He/she and their
 * forms pass when the point has a named speaker other than the actor itself, since
 * every rendering names that speaker before the point (render/shared/speaker-prefix.ts).
 */
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him', 'hers']);
const OTHER_PRONOUNS = new Set(['it', 'its', 'they', 'them', 'their', 'theirs', 'this', 'that', 'these', 'those', 'such']);
const CONNECTORS = new Set([
  'but', 'however', 'also', 'and', 'or', 'so', 'yet', 'still', 'meanwhile', 'instead', 'nevertheless', 'nonetheless',
  'moreover', 'furthermore', 'besides', 'then', 'thus', 'therefore', 'hence', 'otherwise', 'likewise', 'similarly',
  'indeed', 'consequently', 'accordingly', 'anyway',
]);
const CONNECTOR_PHRASES = ['in addition', 'as a result', 'on the other hand', 'even so', 'at the same time', 'for its part', 'for his part', 'for her part', 'in turn', 'by contrast', 'in contrast', 'on top of that'];
/** Patterns of text that is not an article's sentence, each with the reason it fails. */
const NOT_A_SENTENCE: readonly (readonly [RegExp, string])[] = [
  // "WASHINGTON —", "KANSAS CITY, Mo. —", "LONDON (Reuters) -"
  [/^[A-Z][A-Z.'’ ]{2,}(,\s*[A-Z][\w. ]{1,20})?\s*(\([^)]{1,30}\)\s*)?[-–—]{1,2}\s/u, 'dateline'],
  // "Moscow – Moscow insisted": a place name and a spaced dash opening the point
  [/^[A-Z][a-z]+(?: [A-Z][a-z]+)?\s+[–—]\s/u, 'dateline'],
  [/^\(?(Reuters|AP|AFP|UPI)\)?\s*[-–—]/u, 'dateline'],
  // "By John Smith": two capitalised words, so "By Saturday, the president ..." is not one
  [/^(By|Written by|Posted by)\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+|^Updated:?\s/u, 'byline'],
  [/\b(AP Photo|Getty Images|Image caption|Photograph:|Photo credit|file photo|\(Photo\b|REUTERS\/)/iu, 'caption'],
  [/^(Reply|Report abuse|Recommend|Comment)\b|\bsays:\s*$/iu, 'reader comment'],
];
/** Shorter text without a sentence's closing mark reads as a headline or a label, not a point. */
const MAX_UNPUNCTUATED_WORDS = 14;
const SENTENCE_END = /[.!?…]["'”’)\]]*$/u;

/** What the proxy needs besides the point. */
export interface AloneContext {
  /** Normalised titles of the run's articles. */
  readonly titles: ReadonlySet<string>;
  /** Normalised reader-comment sections of the run's articles. */
  readonly comments: readonly string[];
  /** Manual verdicts by normalised point text. */
  readonly judgements: ReadonlyMap<string, { readonly standsAlone: boolean; readonly why: string }>;
}

/**
 * Whether a point stands alone, by a documented proxy (test/eval/README.md): it
 * fails when it opens with an unresolved pronoun or a connector, carries a dateline
 * or byline, is a headline, a caption or a reader comment. A manual judgement for
 * the same text wins.
 */
export function standsAlone(
  point: { readonly text: string; readonly speaker?: string },
  actor: { readonly name: string; readonly kind: string },
  context: AloneContext,
): { readonly ok: boolean; readonly reason: string } {
  const text = point.text.trim();
  const normalised = norm.text(text);
  const judged = context.judgements.get(normalised);
  if (judged) return { ok: judged.standsAlone, reason: `judged: ${judged.why}` };
  if (context.titles.has(normalised)) return { ok: false, reason: 'headline' };
  if (normalised.length >= 20 && context.comments.some((comments) => comments.includes(normalised.slice(0, 60)))) return { ok: false, reason: 'reader comment' };
  for (const [pattern, reason] of NOT_A_SENTENCE) if (pattern.test(text)) return { ok: false, reason };
  const words = normalised.split(' ');
  if (!SENTENCE_END.test(text) && words.length <= MAX_UNPUNCTUATED_WORDS) return { ok: false, reason: 'headline or label (no sentence end)' };
  if (/^["“'‘]/u.test(text)) return { ok: true, reason: 'quotation' };
  const first = (words[0] ?? '').replace(/[^a-z']/g, '');
  const speakerNamed = point.speaker !== undefined && point.speaker.trim() !== '' && (actor.kind === 'person' || norm.name(point.speaker) !== norm.name(actor.name));
  if (PERSONAL_PRONOUNS.has(first)) return speakerNamed ? { ok: true, reason: 'pronoun of the named speaker' } : { ok: false, reason: `opens with "${first}" and no named speaker` };
  if (OTHER_PRONOUNS.has(first)) return { ok: false, reason: `opens with "${first}"` };
  if (CONNECTORS.has(first)) return { ok: false, reason: `opens with "${first}"` };
  const opening = words.slice(0, 4).join(' ');
  const phrase = CONNECTOR_PHRASES.find((candidate) => opening.startsWith(candidate));
  if (phrase) return { ok: false, reason: `opens with "${phrase}"` };
  return { ok: true, reason: '' };
}
