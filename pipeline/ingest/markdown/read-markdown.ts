import type { IngestResult } from '../../types.js';
import { makeArticle } from '../make-article.js';
import { parseDate } from '../parse-date.js';
import { reject } from '../reject.js';
import { checkMarkdownLoad } from './check-markdown-load.js';
import { markdownToParagraphs, type MarkdownText } from './markdown-to-paragraphs.js';
import { stripMarkdown } from './strip-markdown.js';
import { splitFrontMatter } from './split-front-matter.js';
import { REGEXPS } from '../regexps.js';
import { truncateTitle } from '../truncate-title.js';

/** YAML aliases allowed in front matter: a few are normal, thousands are an expansion attack. */
const MAX_YAML_ALIASES = 50;

/**
 * Reads Markdown with optional YAML front matter (title, source, url, published or date,
 * byline or author, lang). The body is parsed with remark; its text is kept paragraph by
 * paragraph and its links with their targets. Without a front-matter title, the first
 * heading is the title. A body that would make remark's cost explode (checkMarkdownLoad)
 * is read as plain text instead.
 */
export async function readMarkdown(path: string, text: string): Promise<IngestResult> {
  const { yaml, body } = splitFrontMatter(text);
  let meta: Record<string, unknown> = {};
  if (yaml !== undefined) {
    // A CommonJS package: through `default`, which Node and the compiled bundle both give (pipeline/runtime/build.mjs).
    const { default: yamlParser } = await import('yaml');
    let parsed: unknown;
    try {
      parsed = yamlParser.parse(yaml, { maxAliasCount: MAX_YAML_ALIASES });
    } catch (error) {
      return reject(path, 'unparsable', `The front matter is not valid YAML: ${(error as Error).message.split('\n')[0] ?? ''}.`);
    }
    if (parsed !== null && parsed !== undefined && (typeof parsed !== 'object' || Array.isArray(parsed))) return reject(path, 'unparsable', 'The front matter is not a mapping of fields (title: ..., source: ...).');
    meta = (parsed ?? {}) as Record<string, unknown>;
  }
  const { paragraphs, headings, links } = await bodyText(body);
  let title = field(meta, 'title');
  const firstHeading = headings[0];
  if (title === undefined && firstHeading !== undefined && firstHeading.index === 0) {
    title = firstHeading.text;
    paragraphs.shift();
  } else if (title !== undefined && firstHeading?.index === 0 && firstHeading.text.toLowerCase() === title.toLowerCase()) {
    paragraphs.shift();
  }
  if (paragraphs.join('').trim() === '') return reject(path, 'empty', 'The Markdown has no body text.');
  return {
    ok: true,
    article: makeArticle({
      path,
      kind: 'markdown',
      title: title ?? firstHeading?.text ?? truncateTitle(paragraphs[0]?.split(REGEXPS.sentenceBreak)[0]) ?? path,
      text: paragraphs.join('\n\n'),
      source: field(meta, 'source') ?? field(meta, 'publisher'),
      url: field(meta, 'url'),
      published: parseDate(field(meta, 'published') ?? field(meta, 'date')),
      byline: (field(meta, 'byline') ?? field(meta, 'author'))?.replace(REGEXPS.byPrefix, ''),
      lang: field(meta, 'lang') ?? field(meta, 'language'),
      links,
    }),
  };
}

/** The body's text through remark, or read as plain text when remark's cost would explode on it. */
async function bodyText(body: string): Promise<MarkdownText> {
  if (checkMarkdownLoad(body) !== undefined) return stripMarkdown(body);
  const [{ unified }, { default: remarkParse }] = await Promise.all([import('unified'), import('remark-parse')]);
  return markdownToParagraphs(unified().use(remarkParse).parse(body));
}

/** A front-matter field as a string (YAML dates and numbers included), or undefined. */
function field(meta: Record<string, unknown>, key: string): string | undefined {
  const value = meta[key];
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.filter((v) => typeof v === 'string').join(', ') || undefined;
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || undefined;
  return undefined;
}
