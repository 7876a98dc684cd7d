import { loadDateLocales } from '../date-parsers.js';
import { matchDate } from '../match-date.js';
import { normalizeText } from '../normalize-text.js';
import { REGEXPS } from '../regexps.js';
import { classifyLine, type Line } from './classify-line.js';
import { contentWords } from './content-words.js';
import { findBlockCut } from './find-block-cut.js';
import { findByline } from './find-byline.js';
import { findPublished } from './find-published.js';
import { findPublisher } from './find-publisher.js';
import { pickTitle, type TitleCandidate } from './pick-title.js';
import { splitTitleSegments } from './split-title-segments.js';

/** What a text dump says about its article. */
export interface TextDump {
  readonly title: string;
  readonly text: string;
  readonly source?: string;
  readonly byline?: string;
  readonly published?: string;
}

/** Line kinds that never belong to the body, wherever they stand. */
const FURNITURE_KINDS = new Set(['counter', 'domain', 'date', 'heading', 'prompt', 'cookie', 'copyright', 'credit', 'breadcrumb']);
/** When no headline stands above the body, a first line up to this many words is taken as the headline. */
const FIRST_LINE_TITLE_MAX_WORDS = 20;
/** A short line with a year that English cannot read as a date may be one in another language: load those. */
const FOREIGN_DATE_MAX_WORDS = 6;
const FOREIGN_DATE_MAX_CHARS = 60;
/** Characters of the page used for word statistics: headlines and site names show in the first pages of text, and a 10 MB line stays cheap. */
const PREVIEW_CHARS = 20_000;
/** A title made from the first sentence is cut to this many words. */
const FALLBACK_TITLE_WORDS = 12;

/**
 * Reads a scraped page dump: finds the body (the run of prose lines, cut before
 * "Related"/"Comments" blocks), the headline, byline, date and publisher in the furniture
 * around it, and drops the furniture. Returns undefined when there is no running text.
 */
export async function parseTextDump(raw: string): Promise<TextDump | undefined> {
  const texts = normalizeText(raw).split('\n');
  if (texts.some(mayBeForeignDate)) await loadDateLocales();
  const lines = texts.map(classifyLine);
  const prose = lines.flatMap((l, i) => (l.kind === 'prose' ? [i] : []));
  const first = prose[0];
  if (first === undefined) return undefined;
  let bodyStart = first;
  const bodyEnd = findBlockCut(lines, bodyStart, prose[prose.length - 1] ?? first);

  const byline = findByline(lines, 0, bodyStart);
  const candidates = titleCandidates(lines, bodyStart, byline?.line);
  const previewStart = bodyStart;
  const bodyPreview = (): string => lines.slice(previewStart, bodyEnd + 1).map((l) => l.text).join('\n').slice(0, PREVIEW_CHARS);
  let titlePick = pickTitle(candidates, lines, bodyStart, bodyPreview, new Set(byline ? [byline.byline.toLowerCase()] : []));
  let title = titlePick?.text;
  if (title === undefined) {
    const firstLine = lines[bodyStart];
    // a short first line ending in "?" or "!" is a headline; one ending in a full stop may be the lede, so it stays in the body
    if (firstLine && firstLine.words <= FIRST_LINE_TITLE_MAX_WORDS && prose.length > 1 && !REGEXPS.fullStop.test(firstLine.text)) {
      title = firstLine.text;
      titlePick = { text: title, line: bodyStart };
      bodyStart += 1;
    } else {
      title = fallbackTitle(firstLine?.text ?? '');
    }
  }

  const pageWords = (): Set<string> => contentWords(lines.map((l) => l.text).join(' ').slice(0, PREVIEW_CHARS));
  const titleLine = titlePick ? lines[titlePick.line]?.text : undefined;
  const source = await findPublisher(lines, titleLine, title, pageWords);
  const published = findPublished(lines, titlePick?.line ?? -1, bodyStart, bodyEnd) ?? byline?.published;
  // a title made up from the lede is no headline to remove from the body
  const headline = titlePick === undefined ? undefined : title;
  const text = dropAuthorBio(bodyParagraphs(lines, bodyStart, bodyEnd, headline), byline?.byline);
  if (text === '') return undefined;
  return {
    title,
    text,
    ...(source !== undefined && { source }),
    ...(byline !== undefined && { byline: byline.byline }),
    ...(published !== undefined && { published }),
  };
}

/** Head lines (and their "Title | Site" segments) that could be the headline. */
function titleCandidates(lines: readonly Line[], bodyStart: number, bylineLine: number | undefined): TitleCandidate[] {
  const candidates: TitleCandidate[] = [];
  for (let i = 0; i < bodyStart; i++) {
    const line = lines[i];
    if (!line || i === bylineLine || (line.kind !== 'short' && line.kind !== 'breadcrumb')) continue;
    const text = line.text.replace(REGEXPS.headingMarks, '');
    candidates.push({ text, line: i });
    const segments = splitTitleSegments(text);
    if (segments.length > 1) for (const segment of segments) candidates.push({ text: segment, line: i });
  }
  return candidates;
}

/** The body's lines as paragraphs, without furniture, repeats of the headline or repeated short lines. */
function bodyParagraphs(lines: readonly Line[], from: number, to: number, title: string | undefined): string {
  const titleKey = title?.toLowerCase();
  const shortCounts = new Map<string, number>();
  for (const line of lines) if (line.kind === 'short') shortCounts.set(line.key, (shortCounts.get(line.key) ?? 0) + 1);
  const kept: string[] = [];
  for (const line of lines.slice(from, to + 1)) {
    if (line.kind === 'blank' || FURNITURE_KINDS.has(line.kind)) continue;
    if (line.text.toLowerCase() === titleKey) continue;
    if (line.kind === 'short' && (shortCounts.get(line.key) ?? 0) > 1) continue;
    kept.push(line.kind === 'short' ? line.text.replace(REGEXPS.headingMarks, '') : line.text);
  }
  return kept.join('\n\n');
}

function fallbackTitle(text: string): string {
  const sentence = text.slice(0, PREVIEW_CHARS).split(REGEXPS.sentenceBreak)[0] ?? text;
  const words = sentence.split(REGEXPS.whitespace);
  return words.length > FALLBACK_TITLE_WORDS ? `${words.slice(0, FALLBACK_TITLE_WORDS).join(' ')}…` : sentence;
}

function mayBeForeignDate(text: string): boolean {
  if (text.length > FOREIGN_DATE_MAX_CHARS || text.split(' ').length > FOREIGN_DATE_MAX_WORDS || !REGEXPS.year.test(text)) return false;
  // a date has a day number besides the year ("12 janvier 2024"); "© 2024 Example News" has none
  return REGEXPS.dayNumber.test(text.replace(REGEXPS.year, ' ')) && matchDate(text) === undefined;
}

/** A last paragraph that starts with an author's name ("Sam Okafor is a science writer...") is a bio, not the article. */
function dropAuthorBio(text: string, byline: string | undefined): string {
  if (byline === undefined) return text;
  const paragraphs = text.split('\n\n');
  const last = paragraphs[paragraphs.length - 1] ?? '';
  const names = byline.split(REGEXPS.nameList).map((n) => n.trim()).filter((n) => n.includes(' '));
  return paragraphs.length > 1 && names.some((name) => last.startsWith(`${name} `)) ? paragraphs.slice(0, -1).join('\n\n') : text;
}
