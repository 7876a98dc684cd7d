import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSentRecord, recipientKey, recordSent } from '../../pipeline/deliver/index.js';

let outDir: string;
beforeEach(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'deliver-record-'));
});
afterEach(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('recordSent', () => {
  it('adds accepted recipients under the date, sorted, keyed by hash', async () => {
    await recordSent(outDir, '2026-11-23', '<m2@example.org>', ['ben@example.net']);
    await recordSent(outDir, '2026-11-22', '<m1@example.org>', ['ana@example.com', 'ben@example.net']);
    const record = await readSentRecord(outDir);
    expect(record.entries.map((e) => [e.date, e.recipient, e.messageId])).toEqual(
      [
        ['2026-11-22', recipientKey('ana@example.com'), '<m1@example.org>'],
        ['2026-11-22', recipientKey('ben@example.net'), '<m1@example.org>'],
        ['2026-11-23', recipientKey('ben@example.net'), '<m2@example.org>'],
      ].sort((a, b) => a[0]!.localeCompare(b[0]!) || a[1]!.localeCompare(b[1]!)),
    );
    expect(await readdir(outDir)).toEqual(['sent.json']);
  });

  it('never writes an address into the file', async () => {
    await recordSent(outDir, '2026-11-23', '<m@example.org>', ['Ana.Lopez@Example.com']);
    const text = await readFile(path.join(outDir, 'sent.json'), 'utf8');
    expect(text.toLowerCase()).not.toContain('ana.lopez');
    expect(text).toContain(recipientKey('ana.lopez@example.com'));
  });

  it('keeps the first Message-ID when a recipient is recorded again for the same date', async () => {
    await recordSent(outDir, '2026-11-23', '<first@example.org>', ['ana@example.com']);
    await recordSent(outDir, '2026-11-23', '<again@example.org>', ['ANA@example.com']);
    const record = await readSentRecord(outDir);
    expect(record.entries).toEqual([{ date: '2026-11-23', recipient: recipientKey('ana@example.com'), messageId: '<first@example.org>' }]);
  });
});
