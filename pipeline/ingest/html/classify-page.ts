import vocabulary from '../data/page-vocabulary.json' with { type: 'json' };
import { REGEXPS } from '../regexps.js';

// Checked on the HTML fixtures (test/fixtures/ingest/html) and the extraction benchmark (no article page rejected).
/** A page whose whole visible text is shorter than this (characters) and talks about cookies is a consent wall. */
const COOKIE_WALL_MAX_CHARS = 1500;
/** A page not declared an article, with more than this share of its text in links, is an index or navigation page. */
const INDEX_LINK_SHARE = 0.6;
/** Error titles are short; a longer title containing "404" is a headline. */
const ERROR_TITLE_MAX_WORDS = 8;
/**
 * An error title only counts on a page with less visible text than this (characters):
 * "Missing hiker not found" is a headline over a full article. Error pages with big
 * navigation still fall to the too-little-text rule after extraction.
 */
const ERROR_PAGE_MAX_CHARS = 3000;

const ERROR_TITLES = new Set(vocabulary.errorTitles);
/** "Page not found | Site", "404 - Site": the error phrase is a whole segment of the title. */
const TITLE_SEPARATOR = /\s[|–—:·-]\s|:\s/u;
/** An HTTP status code leading a segment ("404 not found", "error 500"). */
const STATUS_CODE = /^(?:error\s)?([45]\d\d)(?:\s(.*))?$/u;
const COOKIE_WORDS = vocabulary.cookieWords;

/**
 * Says why a page is not an article (error page, cookie wall, index page), from its title,
 * first heading and visible text, before any extraction; undefined when it may be one.
 */
export function classifyPage(document: Document, declaredArticle: boolean): string | undefined {
  const body = document.body;
  if (!body) return 'it has no body';
  const visible = visibleText(body);
  const heading = visible.length < ERROR_PAGE_MAX_CHARS ? [document.querySelector('title')?.textContent, document.querySelector('h1')?.textContent] : [];
  for (const raw of heading) {
    const key = (raw ?? '').toLowerCase().replace(REGEXPS.whitespace, ' ').trim();
    if (key === '' || key.split(' ').length > ERROR_TITLE_MAX_WORDS) continue;
    if (key.split(TITLE_SEPARATOR).some(isErrorTitle)) return `it is an error page (its title says "${raw?.trim() ?? ''}")`;
  }
  const lower = visible.toLowerCase();
  // two different consent words: one "cookie" may be a recipe
  if (visible.length < COOKIE_WALL_MAX_CHARS && COOKIE_WORDS.filter((w) => lower.includes(w)).length >= 2) return 'it is a cookie or consent wall with no article behind it';
  if (!declaredArticle && visible.length > 0) {
    let linked = 0;
    for (const a of Array.from(body.querySelectorAll('a'))) linked += (a.textContent ?? '').replace(REGEXPS.whitespace, ' ').trim().length;
    if (linked / visible.length > INDEX_LINK_SHARE) return `it is an index page: ${String(Math.round((100 * linked) / visible.length))}% of its text is links`;
  }
  return undefined;
}

function visibleText(body: Element): string {
  const clone = body.cloneNode(true) as Element;
  for (const hidden of Array.from(clone.querySelectorAll('script, style, noscript, template, svg'))) hidden.remove();
  return (clone.textContent ?? '').replace(REGEXPS.whitespace, ' ').trim();
}

/** A whole title segment that is an error phrase, or a 4xx/5xx code alone or with one ("404 page not found"). */
function isErrorTitle(segment: string): boolean {
  const trimmed = segment.trim();
  if (ERROR_TITLES.has(trimmed)) return true;
  const status = STATUS_CODE.exec(trimmed);
  return status !== null && (status[2] === undefined || ERROR_TITLES.has(status[2]) || status[2] === 'error');
}
