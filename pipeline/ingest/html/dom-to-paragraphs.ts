import type { ArticleLink } from '../../types.js';
import { REGEXPS } from '../regexps.js';

/** Elements that end a paragraph. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'ul', 'caption', 'summary',
]);
/** Elements whose text is never article text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', 'select', 'option', 'iframe', 'object', 'canvas', 'input', 'textarea', 'math']);

/** Paragraphs and links of a DOM subtree. */
export interface DomText {
  readonly paragraphs: string[];
  readonly links: ArticleLink[];
  /** Characters inside links, for link density. */
  readonly linkChars: number;
}

/**
 * Flattens a subtree into paragraphs (one per block element's run of inline text) and the
 * links inside it, with targets resolved against `baseUrl`. Only http(s) and relative
 * targets are kept: a `javascript:` link is not a citation.
 */
export function domToParagraphs(root: Node, baseUrl: string | undefined): DomText {
  const paragraphs: string[] = [];
  const links: ArticleLink[] = [];
  let buffer = '';
  let linkChars = 0;
  const flush = (): void => {
    const text = buffer.replace(REGEXPS.whitespace, ' ').trim();
    if (text !== '') paragraphs.push(text);
    buffer = '';
  };
  // iterative walk: deeply nested markup must not overflow the stack
  const stack: { node: Node; leaving: boolean }[] = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop() as { node: Node; leaving: boolean };
    if (node.nodeType === 3) { buffer += node.nodeValue ?? ''; continue; }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = (node as Element).localName?.toLowerCase() ?? '';
    if (SKIPPED.has(tag)) continue;
    if (leaving) { if (BLOCKS.has(tag)) flush(); continue; }
    if (BLOCKS.has(tag)) flush();
    if (tag === 'a') {
      const text = (node.textContent ?? '').replace(REGEXPS.whitespace, ' ').trim();
      linkChars += text.length;
      const url = resolve((node as Element).getAttribute('href'), baseUrl);
      if (text !== '' && url !== undefined) links.push({ text, url });
    }
    stack.push({ node, leaving: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push({ node: child, leaving: false });
    }
  }
  flush();
  return { paragraphs, links, linkChars };
}

function resolve(href: string | null, base: string | undefined): string | undefined {
  if (!href || href.startsWith('#')) return undefined;
  try {
    const url = base ? new URL(href, base) : new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return /^[\w./-]+$/u.test(href) ? href : undefined;
  }
}
