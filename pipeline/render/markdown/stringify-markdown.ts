import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import type { Options } from 'remark-stringify';
import { unified } from 'unified';

/**
 * Every serialisation choice in one place, chosen to pass remark-lint's
 * recommended and consistent presets and to read well as plain source:
 * "-" bullets, "*" strong, "_" emphasis, ATX headings, one-space list indent,
 * and `$` escaped in text (GitHub math).
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
  // GitHub renders `$…$` and `$$…$$` as math, which CommonMark does not know: a `$`
  // in article text would turn prices or code into formulas. `\$` is a CommonMark
  // escape, so every reader shows a plain `$`. Link targets and titles are left alone
  // (no math there, and a URL should read as it is).
  unsafe: [{ character: '$', inConstruct: 'phrasing', notInConstruct: ['destinationLiteral', 'destinationRaw', 'titleQuote', 'titleApostrophe'] }],
};

/** The one place a Markdown tree becomes text. */
export function stringifyMarkdown(tree: Root): string {
  return unified().use(remarkGfm).use(remarkStringify, STRINGIFY_OPTIONS).stringify(tree);
}
