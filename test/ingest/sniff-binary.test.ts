import { describe, expect, it } from 'vitest';
import { sniffBinary } from '../../pipeline/ingest/sniff-binary.js';

describe('sniffBinary', () => {
  it('names a known file signature', () => {
    expect(sniffBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toContain('PNG image');
    expect(sniffBinary(Buffer.from('%PDF-1.7\n'))).toContain('PDF document');
    expect(sniffBinary(new Uint8Array([0x1f, 0x8b, 0x08, 0x00]))).toContain('gzip');
  });

  it('finds NUL bytes in text-looking data', () => {
    expect(sniffBinary(Buffer.from('plain text\u0000more'))).toContain('NUL byte at offset 10');
  });

  it('lets text and UTF-16 with a byte-order mark through', () => {
    expect(sniffBinary(Buffer.from('Ordinary text, with accents: é à ü.'))).toBeUndefined();
    expect(sniffBinary(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('text', 'utf16le')]))).toBeUndefined();
  });
});
