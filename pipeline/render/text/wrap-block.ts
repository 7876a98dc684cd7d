import wrapAnsi from 'wrap-ansi';

/** Width of the plain-text part, columns: the classic limit that reads in any mail client and terminal. */
export const TEXT_WIDTH = 78;

/**
 * One paragraph wrapped to TEXT_WIDTH with a hanging indent: `first` opens the
 * first line ("- ", "[12] "), `rest` indents the others. A word longer than the
 * line (a URL) is kept whole on a line of its own rather than broken.
 */
export function wrapBlock(text: string, first = '', rest = ' '.repeat(first.length)): string[] {
  const width = TEXT_WIDTH - Math.max(first.length, rest.length);
  const lines = wrapAnsi(text, width, { hard: false, trim: true, wordWrap: true }).split('\n');
  return lines.map((line, index) => (index === 0 ? first : rest) + line);
}
