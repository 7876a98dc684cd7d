import vocabulary from '../data/page-vocabulary.json' with { type: 'json' };
import { REGEXPS } from '../regexps.js';

/** The article fields JSON-LD blocks carry. */
export interface JsonLdArticle {
  readonly isArticle: boolean;
  readonly headline?: string;
  readonly datePublished?: string;
  readonly author?: string;
  readonly publisher?: string;
  readonly url?: string;
  readonly articleBody?: string;
}

const ARTICLE_TYPES = new Set(vocabulary.articleTypes);
/** JSON-LD nesting looked through (@graph, arrays, mainEntity): deeper is never an article. */
const MAX_DEPTH = 6;

/**
 * Reads the first NewsArticle-like object from the page's JSON-LD scripts (through @graph
 * and arrays). Malformed JSON is skipped: many sites ship broken blocks next to good ones.
 */
export function readJsonLd(document: Document): JsonLdArticle {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json" i]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const found = findArticle(data, 0);
    if (found) {
      const fields = {
        headline: text(found['headline']) ?? text(found['name']),
        datePublished: text(found['datePublished']) ?? text(found['dateCreated']),
        author: names(found['author']),
        publisher: names(found['publisher']),
        url: text(found['url']) ?? text(found['mainEntityOfPage']),
        articleBody: text(found['articleBody']),
      };
      return { isArticle: true, ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) };
    }
  }
  return { isArticle: false };
}

function findArticle(value: unknown, depth: number): Record<string, unknown> | undefined {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findArticle(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const record = value as Record<string, unknown>;
  const types = [record['@type']].flat().map((t) => String(t).toLowerCase());
  if (types.some((t) => ARTICLE_TYPES.has(t))) return record;
  return findArticle(record['@graph'], depth + 1) ?? findArticle(record['mainEntity'], depth + 1);
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (value && typeof value === 'object' && !Array.isArray(value)) return text((value as Record<string, unknown>)['@id'] ?? (value as Record<string, unknown>)['url']);
  return undefined;
}

/** "Jane Roe", {name}, or a list of them joined with commas. */
function names(value: unknown): string | undefined {
  const list = [value].flat().map((v) => (typeof v === 'string' ? v : v && typeof v === 'object' ? (v as Record<string, unknown>)['name'] : undefined));
  const kept = list.filter((v): v is string => typeof v === 'string' && v.trim() !== '' && !REGEXPS.httpScheme.test(v)).map((v) => v.trim());
  return kept.length > 0 ? [...new Set(kept)].join(', ') : undefined;
}
