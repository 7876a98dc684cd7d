// Test helper: what "nothing escapes its place" means for each output format,
// as functions that list every violation they find (empty = safe).
import { parseHTML } from 'linkedom';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const PATTERNS = {
  /** URL schemes that run code or smuggle a document; browsers ignore leading spaces and controls and case. */
  badScheme: /^[\u0000-\u0020]*(?:j[\s]*a[\s]*v[\s]*a[\s]*s[\s]*c[\s]*r[\s]*i[\s]*p[\s]*t|vbscript|data|file)\s*:/iu,
  /** Raw HTML the Markdown renderer may emit by itself: an empty anchor for a citation target (parsed as one node, or as its open and close tags). */
  ownAnchor: /^(?:<a id="[\w-]+">(?:<\/a>)?|<\/a>)$/u,
} as const;
/** Elements that run code or load active content. */
const ACTIVE_ELEMENTS = ['script', 'iframe', 'object', 'embed', 'applet', 'frame', 'frameset', 'base', 'form', 'svg', 'math'];
/** Attributes that carry a URL. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'background', 'poster', 'srcset'];

/** Violations in an HTML document: active elements, event handlers, dangerous URLs. */
export function htmlViolations(html: string): string[] {
  const { document } = parseHTML(html);
  const found: string[] = [];
  for (const selector of ACTIVE_ELEMENTS) {
    for (const element of Array.from(document.querySelectorAll(selector))) found.push(`<${element.localName}> element: ${element.outerHTML.slice(0, 120)}`);
  }
  for (const element of Array.from(document.querySelectorAll('meta'))) {
    if ((element.getAttribute('http-equiv') ?? '').toLowerCase() === 'refresh') found.push(`<meta http-equiv=refresh>: ${element.outerHTML.slice(0, 120)}`);
  }
  for (const element of Array.from(document.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes as ArrayLike<{ name: string; value: string }>)) {
      if (attribute.name.toLowerCase().startsWith('on')) found.push(`event handler ${attribute.name} on <${element.localName}>`);
      if (URL_ATTRIBUTES.includes(attribute.name.toLowerCase()) && PATTERNS.badScheme.test(attribute.value)) found.push(`${attribute.name}="${attribute.value.slice(0, 80)}" on <${element.localName}>`);
      if (attribute.name.toLowerCase() === 'style' && /url\s*\(\s*['"]?\s*(?:javascript|data):/iu.test(attribute.value)) found.push(`style url() on <${element.localName}>`);
    }
  }
  return found;
}

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  children?: MdNode[];
}

/** Violations in a Markdown document: raw HTML beyond the renderer's own anchors, dangerous link targets, ragged tables. */
export function markdownViolations(markdown: string): string[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as MdNode;
  const found: string[] = [];
  const visit = (node: MdNode) => {
    if (node.type === 'html' && !PATTERNS.ownAnchor.test(node.value ?? '')) found.push(`raw HTML: ${(node.value ?? '').slice(0, 120)}`);
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && PATTERNS.badScheme.test(node.url ?? '')) found.push(`${node.type} to ${node.url}`);
    if (node.type === 'table') {
      const widths = (node.children ?? []).map((row) => row.children?.length ?? 0);
      if (new Set(widths).size > 1) found.push(`table rows of different widths: ${widths.join(', ')}`);
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return found;
}

/** The header block of a raw message, unfolded, as [name, value] pairs. */
export function messageHeaders(raw: string): [string, string][] {
  const end = raw.search(/\r?\n\r?\n/u);
  const block = (end === -1 ? raw : raw.slice(0, end)).replace(/\r?\n[ \t]+/gu, ' ');
  return block.split(/\r?\n/u).map((line) => {
    const colon = line.indexOf(':');
    return [colon === -1 ? line : line.slice(0, colon), colon === -1 ? '' : line.slice(colon + 1).trim()];
  });
}
