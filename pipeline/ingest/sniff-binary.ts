import magic from './data/magic-numbers.json' with { type: 'json' };

/** Bytes looked at for NUL bytes: enough to catch every binary format, cheap on a 10 MB file. */
const SNIFF_BYTES = 8192;

const SIGNATURES = magic.signatures.map((s) => ({ name: s.name, offset: s.offset, bytes: Buffer.from(s.hex.length % 2 ? s.hex.slice(0, -1) : s.hex, 'hex') }));

/**
 * Says why bytes are not text (a known file signature, or NUL bytes in the first 8 KB),
 * or undefined when they may be text. UTF-16 with a byte-order mark is text.
 */
export function sniffBinary(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, SNIFF_BYTES));
  for (const signature of SIGNATURES) {
    if (head.subarray(signature.offset, signature.offset + signature.bytes.length).equals(signature.bytes)) return `it starts with the signature of a ${signature.name}`;
  }
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return undefined;
  const nul = head.indexOf(0);
  return nul === -1 ? undefined : `found a NUL byte at offset ${String(nul)} in the first ${String(SNIFF_BYTES / 1024)} KB`;
}
