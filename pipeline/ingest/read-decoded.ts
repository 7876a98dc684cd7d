import type { IngestResult } from '../types.js';
import { decodeText } from './decode-text.js';
import { reject } from './reject.js';
import { sniffBinary } from './sniff-binary.js';

const CHARSET = {
  /** `<meta charset=...>` or `<meta http-equiv content="...; charset=...">`, and `<?xml encoding=...?>`. */
  declared: /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/iu,
  /** Whitespace only (after a BOM). */
  blank: /^[\s\ufeff]*$/u,
} as const;
/** Bytes searched for a declared charset: HTML puts <meta charset> in the first 1024 bytes; we allow some slack. */
const DECLARATION_BYTES = 4096;

/**
 * Turns input bytes into text or a rejection: empty, binary, undecodable. The charset
 * comes from the byte-order mark, then the transport (`headerCharset`), then a declaration
 * inside the document (HTML <meta>, XML prolog), then detection.
 */
export async function readDecoded(path: string, bytes: Uint8Array, headerCharset: string | undefined, kind: string): Promise<{ ok: true; text: string } | { ok: false; result: IngestResult }> {
  if (bytes.byteLength === 0) return { ok: false, result: reject(path, 'empty', 'The input has no bytes.') };
  const binary = sniffBinary(bytes);
  if (binary !== undefined) return { ok: false, result: reject(path, 'binary', `The input is binary, not text: ${binary}.`) };
  let declared = headerCharset;
  if (declared === undefined && (kind === 'html' || kind === 'feed')) {
    const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, DECLARATION_BYTES)).toString('latin1');
    const match = CHARSET.declared.exec(head);
    declared = match?.[1] ?? match?.[2];
  }
  const decoded = await decodeText(bytes, declared);
  if (!decoded.ok) return { ok: false, result: reject(path, 'undecodable', `The text could not be decoded: ${decoded.reason}.`) };
  if (CHARSET.blank.test(decoded.text)) return { ok: false, result: reject(path, 'empty', 'The input holds only whitespace.') };
  return { ok: true, text: decoded.text };
}
