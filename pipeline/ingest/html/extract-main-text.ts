import type { ArticleLink } from '../../types.js';
import { domToParagraphs } from './dom-to-paragraphs.js';

/** One extraction attempt's result. */
export interface Extraction {
  /** Which cascade step produced it (for logs and tests). */
  readonly method: 'readability' | 'readability-relaxed' | 'json-ld' | 'paragraph-cluster';
  readonly paragraphs: readonly string[];
  readonly links: readonly ArticleLink[];
  /** Share of the text inside links (0..1). */
  readonly linkDensity: number;
  readonly chars: number;
  /** Title Readability found, when it ran. */
  readonly title?: string;
  readonly byline?: string;
}

// Tuned as a set on the extraction benchmark (see the ingest report); re-check together.
/** An attempt with fewer characters than this is "short": the next cascade step runs. */
const ENOUGH_CHARS = 500;
/** A later attempt replaces an earlier one only when it is this many times longer... */
const ESCALATION_RATIO = 1.5;
/** ...and its link density is at most this (navigation lists are long too). */
const MAX_REPLACEMENT_LINK_DENSITY = 0.35;
/** Readability's relaxed run: fewer characters needed for a candidate (its default is 500). */
const RELAXED_CHAR_THRESHOLD = 100;
/**
 * Readability's cost grows with the square of nesting depth (500 levels: 2 s; 2000: 50 s).
 * Real article pages stay under ~60 levels; deeper markup skips to the linear steps 3-4.
 */
const MAX_READABILITY_DEPTH = 150;
/**
 * Readability also grows quadratically with the number of elements (3,000 empty divs: 2 s;
 * 6,000: 6 s). It gives up over this count and the cascade goes on to steps 3-4; the largest
 * benchmark page has about 1,600 elements.
 */
const MAX_READABILITY_ELEMENTS = 3_000;

/**
 * Extracts the main text of a page with a numbered cascade; each step runs only when the
 * best attempt so far is short, and the best attempt is kept:
 * 1. Readability with its defaults;
 * 2. Readability relaxed (lower candidate threshold);
 * 3. the JSON-LD articleBody the publisher ships;
 * 4. the largest cluster of <p> elements under one parent.
 * `page` is the parsed page, left untouched; `parse` builds a fresh copy for each
 * Readability run, because Readability mutates the DOM it reads.
 */
export async function extractMainText(page: Document, parse: () => Document, baseUrl: string | undefined, articleBody: string | undefined): Promise<Extraction | undefined> {
  // A CommonJS package: through `default`, which Node and the compiled bundle both give (pipeline/runtime/build.mjs).
  const { Readability } = (await import('@mozilla/readability')).default;
  const attempts: Extraction[] = [];
  const best = (): Extraction | undefined => attempts.reduce<Extraction | undefined>((kept, next) => {
    if (kept === undefined) return next;
    return next.chars >= kept.chars * ESCALATION_RATIO && next.linkDensity <= MAX_REPLACEMENT_LINK_DENSITY ? next : kept;
  }, undefined);
  const enough = (): boolean => (best()?.chars ?? 0) >= ENOUGH_CHARS;

  const readable = nestingDepth(page) <= MAX_READABILITY_DEPTH;
  // 1. Readability, defaults
  const first = readable ? runReadability(Readability, parse(), baseUrl, 'readability', {}) : undefined;
  if (first) attempts.push(first);
  // 2. Readability relaxed
  if (readable && !enough()) {
    const relaxed = runReadability(Readability, parse(), baseUrl, 'readability-relaxed', { charThreshold: RELAXED_CHAR_THRESHOLD });
    if (relaxed) attempts.push(relaxed);
  }
  // 3. the publisher's own articleBody
  if (!enough() && articleBody !== undefined) {
    const paragraphs = articleBody.split(/\n\s*\n|\r?\n/u).map((p) => p.trim()).filter(Boolean);
    attempts.push(summarise('json-ld', paragraphs, [], 0));
  }
  // 4. densest paragraph cluster
  if (!enough()) {
    const cluster = paragraphCluster(page, baseUrl);
    if (cluster) attempts.push(cluster);
  }
  return best();
}

type ReadabilityClass = typeof import('@mozilla/readability').Readability;
type Readability<T> = import('@mozilla/readability').Readability<T>;

function runReadability(Readability: ReadabilityClass, document: Document, baseUrl: string | undefined, method: Extraction['method'], options: { charThreshold?: number }): Extraction | undefined {
  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
    // the serializer hands back the content node itself: no HTML string to parse again
    parsed = new Readability<Node>(document, { ...options, keepClasses: false, maxElemsToParse: MAX_READABILITY_ELEMENTS, serializer: (node) => node }).parse();
  } catch {
    return undefined;
  }
  if (!parsed?.content) return undefined;
  const text = domToParagraphs(parsed.content, baseUrl);
  const extraction = summarise(method, text.paragraphs, text.links, text.linkChars);
  return { ...extraction, ...(parsed.title ? { title: parsed.title } : {}), ...(parsed.byline ? { byline: parsed.byline } : {}) };
}

/** Step 4: the parent element holding the most paragraph text. */
function paragraphCluster(document: Document, baseUrl: string | undefined): Extraction | undefined {
  const totals = new Map<Element, number>();
  for (const p of Array.from(document.querySelectorAll('p'))) {
    const parent = p.parentElement;
    if (parent) totals.set(parent, (totals.get(parent) ?? 0) + (p.textContent ?? '').trim().length);
  }
  const [parent] = [...totals.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!parent) return undefined;
  const text = domToParagraphs(parent, baseUrl);
  return summarise('paragraph-cluster', text.paragraphs, text.links, text.linkChars);
}

function summarise(method: Extraction['method'], paragraphs: string[], links: ArticleLink[], linkChars: number): Extraction {
  const chars = paragraphs.reduce((sum, p) => sum + p.length, 0);
  return { method, paragraphs, links, chars, linkDensity: chars === 0 ? 0 : Math.min(1, linkChars / chars) };
}

/** The deepest element nesting, walked without recursion (so that deep markup cannot overflow the stack). */
function nestingDepth(document: Document): number {
  let deepest = 0;
  const stack: [Element, number][] = document.documentElement ? [[document.documentElement, 1]] : [];
  while (stack.length > 0) {
    const [element, depth] = stack.pop() as [Element, number];
    if (depth > deepest) deepest = depth;
    if (deepest > MAX_READABILITY_DEPTH) return deepest;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return deepest;
}
