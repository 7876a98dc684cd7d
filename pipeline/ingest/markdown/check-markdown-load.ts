/**
 * micromark resolves emphasis by pairing every `*`/`_` delimiter run with earlier
 * ones, which costs the square of their number: `*a_` repeated 5,000 times (10,000
 * runs, 15 KB) takes 6-7 s, 30 KB a minute. A long real article has a few hundred runs
 * (snake_case words included); 2,000 runs cost about 0.3 s. Checked with a
 * local timing of the `*a_` flood at 1,000 to 10,000 repetitions.
 */
const MAX_EMPHASIS_RUNS = 2_000;
/**
 * Columns of container prefix (indentation, `>` quote marks, list markers) at the start
 * of one line. mdast-util-from-markdown's prepareList walks all open lists for each item:
 * lists nested 250 deep (500 columns) take 3 s, 3,000 deep hang. Ten nested levels of a
 * real document use about 40 columns; 120 leaves room for generous indentation.
 */
const MAX_CONTAINER_PREFIX = 120;

const LOAD = {
  /** A run of emphasis delimiters. */
  emphasisRun: /[*_]+/gu,
  /** A line's container prefix: spaces, tabs, quote marks and list markers before its text. */
  containerPrefix: /^(?:[ \t>]|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))+/gmu,
} as const;

/**
 * A cheap, linear look at a Markdown body before remark parses it. Returns why the body
 * would make the parser's cost explode (too many emphasis delimiters, too deep nesting),
 * or undefined when it is safe to parse.
 */
export function checkMarkdownLoad(body: string): string | undefined {
  let runs = 0;
  LOAD.emphasisRun.lastIndex = 0;
  while (LOAD.emphasisRun.exec(body) !== null) {
    runs += 1;
    if (runs > MAX_EMPHASIS_RUNS) return `it has more than ${String(MAX_EMPHASIS_RUNS)} runs of emphasis marks (* or _)`;
  }
  for (const prefix of body.match(LOAD.containerPrefix) ?? []) {
    const columns = prefix.replace(/\t/gu, '    ').length;
    if (columns > MAX_CONTAINER_PREFIX) return `a line is nested ${String(columns)} columns deep in lists, quotes or indentation (at most ${String(MAX_CONTAINER_PREFIX)})`;
  }
  return undefined;
}
