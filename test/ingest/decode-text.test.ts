import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../pipeline/ingest/decode-text.js';

const bytes = (name: string): Uint8Array => readFileSync(new URL(`../fixtures/ingest/encoding/${name}`, import.meta.url));

describe('decodeText', () => {
  it.each(['utf8-bom.txt', 'utf16le-bom.txt', 'utf16be-bom.txt'])('decodes %s by its byte-order mark', async (name) => {
    const decoded = await decodeText(bytes(name));
    expect(decoded.ok && decoded.text.startsWith('Réouverture du café de la gare')).toBe(true);
  });

  it('detects Windows-1252 when the bytes are not UTF-8', async () => {
    const decoded = await decodeText(bytes('windows-1252.txt'));
    expect(decoded).toMatchObject({ ok: true, text: expect.stringContaining('3 € le café, « comme avant »') });
  });

  it('uses a declared charset before guessing', async () => {
    const decoded = await decodeText(Buffer.from('Grüße aus Köln, schöne Straße.', 'latin1'), 'iso-8859-1');
    expect(decoded).toMatchObject({ ok: true, text: 'Grüße aus Köln, schöne Straße.', encoding: 'windows-1252' });
  });

  it('refuses bytes that no charset decodes cleanly instead of producing mojibake', async () => {
    const decoded = await decodeText(bytes('undecodable.txt'));
    expect(decoded).toMatchObject({ ok: false, reason: expect.stringContaining('not valid UTF-8') });
  });

  it('rejects a broken UTF-16 body after its byte-order mark', async () => {
    const decoded = await decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41]));
    expect(decoded.ok).toBe(false);
  });
});
