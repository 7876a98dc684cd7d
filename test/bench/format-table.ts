/** A plain-text table: a header row, a rule, rows; text columns left-aligned, numeric ones right-aligned. */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => (row[i] ?? '').length)));
  const numeric = headers.map((_, i) => rows.length > 0 && rows.every((row) => NUMERIC.test(row[i] ?? '')));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/** Cells that read as figures: digits with separators, units, a leading sign or a trailing x or %. */
const NUMERIC = /^(?:[-+]?[\d,.]+(?:\s?(?:s|ms|MB|GB|x|%|\/s))?|-|n\/a)$/u;
