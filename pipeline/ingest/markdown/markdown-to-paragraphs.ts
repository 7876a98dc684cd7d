import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ArticleLink } from '../../types.js';
import { REGEXPS } from '../regexps.js';

/** The text of a Markdown body: one paragraph per paragraph, heading or list item, plus its links. */
export interface MarkdownText {
  readonly paragraphs: string[];
  /** Headings with their depth, for picking a title. */
  readonly headings: { readonly depth: number; readonly text: string; readonly index: number }[];
  readonly links: ArticleLink[];
}

/** Node types whose text is a paragraph of its own. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableRow']);
/** Node types that are not prose: code, raw HTML, front matter. */
const SKIPPED = new Set(['code', 'html', 'yaml', 'toml', 'definition', 'thematicBreak']);

/**
 * Walks an mdast tree: paragraphs, headings and list items become paragraphs (a list
 * item's paragraphs each on their own); links and link references keep their targets.
 */
export function markdownToParagraphs(tree: Root): MarkdownText {
  const definitions = new Map<string, string>();
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if (node.type === 'definition') definitions.set(node.identifier.toLowerCase(), node.url);
    if ('children' in node) stack.push(...(node.children as Nodes[]));
  }
  const result: MarkdownText = { paragraphs: [], headings: [], links: [] };
  const visit = (node: Nodes): void => {
    if (SKIPPED.has(node.type)) return;
    if (BLOCKS.has(node.type)) {
      const text = toString(node, { includeImageAlt: false }).replace(REGEXPS.whitespace, ' ').trim();
      if (text === '') return;
      if (node.type === 'heading') result.headings.push({ depth: node.depth, text, index: result.paragraphs.length });
      result.paragraphs.push(text);
      collectLinks(node, definitions, result.links);
      return;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  return result;
}

function collectLinks(node: Nodes, definitions: ReadonlyMap<string, string>, links: ArticleLink[]): void {
  if (node.type === 'link') links.push({ text: toString(node).trim(), url: node.url });
  if (node.type === 'linkReference') {
    const url = definitions.get(node.identifier.toLowerCase());
    if (url !== undefined) links.push({ text: toString(node).trim(), url });
  }
  if ('children' in node) for (const child of node.children as Nodes[]) collectLinks(child, definitions, links);
}
