import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import type { Options } from 'remark-stringify';
import { unified } from 'unified';

/**
 * Every serialisation choice in one place, chosen to pass remark-lint's
 * recommended and consistent presets and to read well as plain source:
 * "-" bullets, "*" strong, "_" emphasis, ATX headings, one-space list indent.
 */
const STRINGIFY_OPTIONS: Readonly<Options> = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  fence: '`',
  rule: '-',
  listItemIndent: 'one',
  incrementListMarker: true,
  setext: false,
  closeAtx: false,
  resourceLink: true,
};

/** The one place a Markdown tree becomes text. */
export function stringifyMarkdown(tree: Root): string {
  return unified().use(remarkGfm).use(remarkStringify, STRINGIFY_OPTIONS).stringify(tree);
}
