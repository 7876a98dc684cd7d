import type { ArticleLink } from '../../types.js';
import { REGEXPS } from '../regexps.js';
import type { MarkdownText } from './markdown-to-paragraphs.js';

/** Markup removed by simple linear rules; each is applied line by line or paragraph by paragraph. */
const STRIP = {
  /** Blank lines between paragraphs. */
  paragraphBreak: /\n[ \t>]*\n/u,
  /** A line's container prefix: indentation, quote marks, list markers. */
  containerPrefix: /^(?:[ \t>]|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))+/gmu,
  /** An ATX heading's marks ("## Title"). */
  heading: /^(#{1,6})[ \t]+/u,
  /** An image: dropped, its alt text is not prose. */
  image: /!\[[^[\]\n]{0,500}\]\([^()\s]{0,2000}\)/gu,
  /** An inline link: its text stays, its target is kept as a link. */
  link: /\[([^[\]\n]{1,500})\]\(([^()\s]{1,2000})\)/gu,
  /** An HTML tag. */
  tag: /<[^<>\n]{0,1000}>/gu,
  /** Emphasis, strike-through and code marks. */
  marks: /[*~`]+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu,
} as const;

/**
 * Reads a Markdown body as plain text, for bodies too costly for remark (see
 * checkMarkdownLoad): blank lines separate paragraphs; headings, quote and list marks,
 * emphasis and tags are dropped; inline links keep their text and targets. Linear in the
 * body's length.
 */
export function stripMarkdown(body: string): MarkdownText {
  const result: MarkdownText = { paragraphs: [], headings: [], links: [] };
  for (const block of body.replace(STRIP.containerPrefix, '').split(STRIP.paragraphBreak)) {
    const heading = STRIP.heading.exec(block);
    const links: ArticleLink[] = [];
    const text = block
      .replace(STRIP.heading, '')
      .replace(STRIP.image, '')
      .replace(STRIP.link, (_, label: string, url: string) => {
        links.push({ text: label.replace(STRIP.marks, '').trim(), url });
        return label;
      })
      .replace(STRIP.tag, '')
      .replace(STRIP.marks, '')
      .replace(REGEXPS.whitespace, ' ')
      .trim();
    if (text === '') continue;
    if (heading?.[1] !== undefined) result.headings.push({ depth: heading[1].length, text, index: result.paragraphs.length });
    result.paragraphs.push(text);
    result.links.push(...links);
  }
  return result;
}
