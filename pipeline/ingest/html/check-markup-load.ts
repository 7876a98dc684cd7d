/**
 * linkedom/htmlparser2 walk their stack of open elements for every tag, so unclosed
 * nesting costs the square of its depth (20,000 unclosed `<div><span>`: 6.4 s; 100,000:
 * over 90 s). Real pages stay under ~60 levels; this is far above any of them and still
 * parses in well under a second. Checked with the hostile inputs of test/reliability.
 */
const MAX_NESTING_DEPTH = 1_000;
/**
 * Elements per page. The largest extraction-benchmark page has about 1,700; a page
 * a hundred times larger is a generated bomb, and the DOM for it already costs hundreds of MB.
 */
const MAX_ELEMENTS = 150_000;
/**
 * Character references per page. htmlparser2 ends a text node at each reference and
 * linkedom keeps them apart, so every reference costs a DOM node and every text walk
 * visits it (100,000 references: 1.3 s and 550 MB RSS; 900,000: out of a 512 MB heap).
 * The most any benchmark page has is about 1,200; this is 40 times that and reads in ~0.7 s.
 */
const MAX_CHARACTER_REFERENCES = 50_000;

/** Elements that never take an end tag, so they never deepen the stack. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'frame', 'keygen']);
/** Elements whose end tag is optional: the next sibling closes them, so they are not counted as depth. */
const SELF_CLOSING_BY_SIBLING = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'rb', 'rt', 'rp', 'rtc']);
/** Elements whose content is raw text up to their end tag: markup inside is not markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

const MARKUP = {
  /** A tag's name right after `<` or `</`. */
  tagName: /[a-zA-Z][^\s/>]*/y,
  /** A character reference (named, decimal or hex). */
  reference: /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);?/giu,
} as const;

/**
 * A linear pre-scan of markup before it is parsed: estimates the nesting depth (open
 * non-void tags minus end tags, skipping comments and raw-text elements) and counts
 * elements and character references. Returns why the markup is too costly to parse,
 * or undefined when it is fine.
 */
export function checkMarkupLoad(html: string): string | undefined {
  const references = html.match(MARKUP.reference)?.length ?? 0;
  if (references > MAX_CHARACTER_REFERENCES) return `it holds ${String(references)} character references (entities), more than the ${String(MAX_CHARACTER_REFERENCES)} allowed`;
  const lower = html.toLowerCase();
  let depth = 0;
  let deepest = 0;
  let elements = 0;
  let at = lower.indexOf('<');
  while (at !== -1 && at < lower.length - 1) {
    if (lower.startsWith('<!--', at)) {
      const end = lower.indexOf('-->', at + 4);
      if (end === -1) break;
      at = lower.indexOf('<', end + 3);
      continue;
    }
    const closing = lower[at + 1] === '/';
    MARKUP.tagName.lastIndex = at + (closing ? 2 : 1);
    const name = MARKUP.tagName.exec(lower)?.[0];
    if (name === undefined) {
      at = lower.indexOf('<', at + 1);
      continue;
    }
    const tagEnd = lower.indexOf('>', at);
    if (tagEnd === -1) break;
    if (closing) {
      if (!VOID.has(name) && !SELF_CLOSING_BY_SIBLING.has(name) && depth > 0) depth -= 1;
      at = lower.indexOf('<', tagEnd + 1);
      continue;
    }
    elements += 1;
    if (elements > MAX_ELEMENTS) return `it has more than ${String(MAX_ELEMENTS)} elements`;
    if (RAW_TEXT.has(name)) {
      const end = lower.indexOf(`</${name}`, tagEnd + 1);
      if (end === -1) break;
      at = end;
      continue;
    }
    if (!VOID.has(name) && !SELF_CLOSING_BY_SIBLING.has(name) && lower[tagEnd - 1] !== '/') {
      depth += 1;
      if (depth > deepest) deepest = depth;
      if (deepest > MAX_NESTING_DEPTH) return `its elements nest more than ${String(MAX_NESTING_DEPTH)} levels deep (unclosed tags)`;
    }
    at = lower.indexOf('<', tagEnd + 1);
  }
  return undefined;
}
