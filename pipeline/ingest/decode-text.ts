/** Decoded text, or why the bytes could not be decoded. */
export type Decoded = { readonly ok: true; readonly text: string; readonly encoding: string } | { readonly ok: false; readonly reason: string };

// Checked on the encoding fixtures (test/fixtures/ingest/encoding) and random byte strings.
/** Bytes handed to the charset detector: its statistics settle long before this. */
const DETECT_BYTES = 65536;
/** Lowest detector confidence (0-100) accepted for a legacy charset guess. */
const MIN_CONFIDENCE = 30;
/** Share of decoded characters that may be C1 controls or U+FFFD before the result counts as mojibake. */
const MAX_GARBAGE_SHARE = 0.001;
const GARBAGE = /[\u0080-\u009f\ufffd]/gu;

/**
 * Decodes bytes to a string: a byte-order mark decides first (UTF-8, UTF-16 LE/BE); then
 * valid UTF-8; then a charset declared by HTTP or <meta>; then a detected legacy charset
 * (Windows-1252, Latin-1, Cyrillic, CJK...). Anything that would decode to mojibake is refused.
 */
export async function decodeText(bytes: Uint8Array, declared?: string): Promise<Decoded> {
  const b0 = bytes[0], b1 = bytes[1], b2 = bytes[2];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return strict('utf-8', bytes.subarray(3), 'UTF-8 with a byte-order mark');
  if (b0 === 0xff && b1 === 0xfe) return strict('utf-16le', bytes.subarray(2), 'UTF-16 (little-endian)');
  if (b0 === 0xfe && b1 === 0xff) return strict('utf-16be', bytes.subarray(2), 'UTF-16 (big-endian)');
  const utf8 = strict('utf-8', bytes, 'UTF-8');
  if (utf8.ok) return utf8;
  const { default: iconv } = await import('iconv-lite');
  const candidates: string[] = [];
  if (declared && !/^utf-?8$/iu.test(declared)) candidates.push(declared);
  // A CommonJS package, like iconv-lite: through `default`, which Node and the compiled bundle both give (pipeline/runtime/build.mjs).
  const { analyse } = (await import('chardet')).default;
  for (const guess of analyse(bytes.subarray(0, DETECT_BYTES))) if (guess.confidence >= MIN_CONFIDENCE) candidates.push(guess.name);
  for (const name of candidates) {
    if (!iconv.encodingExists(name)) continue;
    // ISO-8859-1 as labelled on the web means Windows-1252 (the WHATWG Encoding standard says so)
    const encoding = /^(iso-8859-1|latin-?1|us-ascii)$/iu.test(name) ? 'windows-1252' : name;
    const text = iconv.decode(Buffer.from(bytes), encoding);
    if (garbageShare(text) <= MAX_GARBAGE_SHARE) return { ok: true, text, encoding };
  }
  return { ok: false, reason: 'the bytes are not valid UTF-8 and no declared or detected charset decodes them cleanly' };
}

function strict(label: string, bytes: Uint8Array, name: string): Decoded {
  try {
    const text = new TextDecoder(label, { fatal: true }).decode(bytes);
    return { ok: true, text, encoding: name };
  } catch {
    return { ok: false, reason: `the bytes are not valid ${name}` };
  }
}

function garbageShare(text: string): number {
  return (text.match(GARBAGE)?.length ?? 0) / Math.max(1, text.length);
}
