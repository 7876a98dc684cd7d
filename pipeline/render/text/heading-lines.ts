/** A heading underlined with `=` (title) or `-` (section), Setext style, as plain text has always done it. */
export function headingLines(title: string, level: 1 | 2): string[] {
  const underline = (level === 1 ? '=' : '-').repeat(Math.min(Array.from(title).length, 78));
  return [title, underline];
}
