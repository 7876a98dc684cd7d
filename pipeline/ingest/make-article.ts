import { createHash } from 'node:crypto';
import type { Article, ArticleLink, SourceKind } from '../types.js';
import { normalizeText } from './normalize-text.js';

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
 * id on every machine. Optional fields that are empty are left out.
 */
export function makeArticle(draft: ArticleDraft): Article {
  const title = oneLine(draft.title);
  const text = normalizeText(draft.text).split(/\n{2,}/u).map((p) => p.replace(/\n+/gu, ' ').trim()).filter(Boolean).join('\n\n');
  const id = createHash('sha256').update(`${title}\n${text}`).digest('hex').slice(0, 16);
  const optional: Record<string, unknown> = {};
  for (const key of ['source', 'url', 'published', 'byline', 'lang'] as const) {
    const value = draft[key] === undefined ? '' : oneLine(draft[key]);
    if (value !== '') optional[key] = value;
  }
  if (draft.links && draft.links.length > 0) optional['links'] = draft.links;
  return { id, path: draft.path, kind: draft.kind, title, ...optional, text } as Article;
}

function oneLine(value: string): string {
  return normalizeText(value).replace(/\n+/gu, ' ').trim();
}
