/**
 * A URL from article data, only if a reader can follow it safely: http, https
 * or mailto, absolute, normalised by the WHATWG parser (so quotes, spaces and
 * angle brackets come back percent-encoded). Anything else (javascript:,
 * data:, vbscript:, file:, relative paths, junk) gives undefined: the caller
 * then shows the text without a link.
 */

const ALLOWED_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

export function safeUrl(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    // Parsing strips leading/trailing C0 and removes tab/newline, as browsers do,
    // so "java\nscript:" is judged as the browser would see it.
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return undefined;
  if (url.protocol !== 'mailto:' && url.hostname === '') return undefined;
  return url.href;
}
