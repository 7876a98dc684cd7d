import { createHash } from 'node:crypto';
import type { Article, ArticleLink, SourceKind } from '../types.js';
import { cleanLine } from '../text-safety/clean-line.js';
import { normalizeText } from './normalize-text.js';

/** Words of the text that make a title when the source has none (about one headline's length). */
const TITLE_FALLBACK_WORDS = 12;

/** The fields a reader found, before ids and normalisation. */
export interface ArticleDraft {
  readonly path: string;
  readonly kind: SourceKind;
  readonly title: string;
  readonly text: string;
  readonly source?: string | undefined;
  readonly url?: string | undefined;
  readonly published?: string | undefined;
  readonly byline?: string | undefined;
  readonly lang?: string | undefined;
  readonly links?: readonly ArticleLink[] | undefined;
}

/**
 * Builds an Article: normalises every string, joins paragraphs with one blank line,
 * and derives the id from the clean title and text so the same article gets the same
 * id on every machine. Optional fields that are empty are left out. A title that is empty
 * after normalisation becomes the first words of the text; an article whose text is empty
 * is refused later, by `requireText`.
 */
export function makeArticle(draft: ArticleDraft): Article {
  const text = normalizeText(draft.text).split(/\n{2,}/u).map((p) => p.replace(/\n+/gu, ' ').trim()).filter(Boolean).join('\n\n');
  // a title of only controls or spaces is no title: the text's first words stand in
  const title = oneLine(draft.title) || oneLine(text.split(/\s+/u, TITLE_FALLBACK_WORDS).join(' '));
  const id = createHash('sha256').update(`${title}\n${text}`).digest('hex').slice(0, 16);
  const optional: Record<string, unknown> = {};
  for (const key of ['source', 'url', 'published', 'byline', 'lang'] as const) {
    const value = draft[key] === undefined ? '' : oneLine(draft[key]);
    if (value !== '') optional[key] = value;
  }
  // The JSON is an interface other programs link from: a `javascript:` or
  // `data:` "URL" from a hostile page must not reach it as the article's address.
  if (optional['url'] !== undefined && !isWebUrl(optional['url'] as string)) delete optional['url'];
  if (draft.links && draft.links.length > 0) optional['links'] = draft.links;
  return { id, path: draft.path, kind: draft.kind, title, ...optional, text } as Article;
}

/**
 * One line of metadata: line breaks become spaces, and control characters and
 * bidi overrides go, since a title or byline shown reversed or split is a
 * spoofing tool, never information (the rules every output follows: text-safety).
 */
function oneLine(value: string): string {
  return cleanLine(normalizeText(value));
}

function isWebUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}
