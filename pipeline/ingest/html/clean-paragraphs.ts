import { classifyLine } from '../text/classify-line.js';
import { findBlockCut } from '../text/find-block-cut.js';
import { findByline } from '../text/find-byline.js';

/** Paragraph kinds dropped from an extracted body: furniture that extractors let through. Counters stay: in HTML they are table cells. */
const DROPPED = new Set(['domain', 'prompt', 'cookie', 'copyright']);
/**
 * A "Related"/"Comments" heading cuts the rest only when the prose after it is under this share
 * of the prose before it. Stricter than for text dumps: Readability already drops most such
 * blocks, and a "Read more" inside an extracted body is usually an expander with the article after it.
 */
const BLOCK_CUT_SHARE_AFTER = 0.25;
/** Before the first prose paragraph, these kinds are the article's own furniture: dateline, caption, breadcrumb. */
const HEAD_DROPPED = new Set(['date', 'credit', 'breadcrumb', 'counter', 'heading']);

/**
 * Removes furniture paragraphs from an extracted body with the same line classifier as
 * text dumps (share prompts, counters, cookie and copyright lines), cuts a trailing
 * "Related"/"Comments" block, and drops the head's furniture before the first prose paragraph
 * (a repeat of the headline, the byline, the date line, a photo caption).
 */
export function cleanParagraphs(paragraphs: readonly string[], title: string | undefined): string[] {
  const lines = paragraphs.map(classifyLine);
  const firstProse = lines.findIndex((l) => l.kind === 'prose');
  let lastProse = -1;
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]?.kind === 'prose') { lastProse = i; break; }
  const end = firstProse === -1 ? lines.length - 1 : findBlockCut(lines, firstProse, lastProse, BLOCK_CUT_SHARE_AFTER);
  const cutAtBlock = firstProse !== -1 && end < lastProse;
  const titleKey = title?.toLowerCase().trim();
  return lines
    .slice(0, cutAtBlock ? end + 1 : lines.length)
    .filter((line, i) => {
      if (DROPPED.has(line.kind)) return false;
      if (i >= firstProse && firstProse !== -1) return true;
      return !HEAD_DROPPED.has(line.kind) && line.text.toLowerCase() !== titleKey && findByline([line], 0, 1) === undefined;
    })
    .map((line) => line.text);
}
