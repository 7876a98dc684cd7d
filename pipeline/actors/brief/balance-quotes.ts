import { CLOSING_QUOTES, OPENING_QUOTES } from '../scan/quote-marks.js';

const STRAY_MARKS = /^["”»]\s+|\s+["“«]$/gu;

/**
 * A point's text with its quotation marks paired. A sentence cut from a
 * quotation over several sentences carries only one of its marks (“We
 * agreed. | It took a year,” he said.), or none when it stands in the
 * middle; shown alone, the point would read as the reporter's words. The
 * missing mark is added at the start or the end; a sentence wholly inside a
 * quotation (`whole`) is put in marks.
 */
export function balanceQuotes(sentence: string, whole: boolean): string {
  // A mark standing apart at an end belongs to the next or the last sentence ('... protection. "').
  const text = sentence.replace(STRAY_MARKS, '');
  let depth = 0;
  let unopened = false;
  let straight = 0;
  for (const ch of text) {
    if (OPENING_QUOTES.has(ch)) depth += 1;
    else if (CLOSING_QUOTES.has(ch)) {
      if (depth === 0) unopened = true;
      else depth -= 1;
    } else if (ch === '"') straight += 1;
  }
  if (whole && !unopened && depth === 0 && straight === 0) return `“${text}”`;
  if (straight % 2 === 1) return text.startsWith('"') ? `${text}"` : `"${text}`;
  return `${unopened ? '“' : ''}${text}${'”'.repeat(depth)}`;
}
