import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
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

const accepted = (address: string, messageId: string) => ({ address, messageId, outcome: 'accepted' as const });

describe('recordSent', () => {
  it('adds accepted recipients under the date, sorted, keyed by hash', async () => {
    await recordSent(outDir, '2026-11-23', [accepted('ben@example.net', '<m2@example.org>')]);
    await recordSent(outDir, '2026-11-22', [accepted('ana@example.com', '<m1@example.org>'), accepted('ben@example.net', '<m1@example.org>')]);
    const record = await readSentRecord(outDir);
    expect(record.entries.map((e) => [e.date, e.recipient, e.messageId])).toEqual(
      [
        ['2026-11-22', recipientKey('ana@example.com'), '<m1@example.org>'],
        ['2026-11-22', recipientKey('ben@example.net'), '<m1@example.org>'],
        ['2026-11-23', recipientKey('ben@example.net'), '<m2@example.org>'],
      ].sort((a, b) => a[0]!.localeCompare(b[0]!) || a[1]!.localeCompare(b[1]!)),
    );
    expect(await readdir(outDir)).toEqual(['sent']);
    expect((await readdir(path.join(outDir, 'sent'))).sort()).toEqual(['2026-11-22.json', '2026-11-23.json']);
  });

  it('never writes an address into the file', async () => {
    await recordSent(outDir, '2026-11-23', [accepted('Ana.Lopez@Example.com', '<m@example.org>')]);
    const text = await readFile(path.join(outDir, 'sent', '2026-11-23.json'), 'utf8');
    expect(text.toLowerCase()).not.toContain('ana.lopez');
    expect(text).toContain(recipientKey('ana.lopez@example.com'));
  });

  it('keeps the first Message-ID when a recipient is recorded again for the same date', async () => {
    await recordSent(outDir, '2026-11-23', [accepted('ana@example.com', '<first@example.org>')]);
    await recordSent(outDir, '2026-11-23', [accepted('ANA@example.com', '<again@example.org>')]);
    const record = await readSentRecord(outDir);
    expect(record.entries).toEqual([{ date: '2026-11-23', recipient: recipientKey('ana@example.com'), messageId: '<first@example.org>' }]);
  });

  it('records an unknown outcome, and an acceptance later replaces it', async () => {
    await recordSent(outDir, '2026-11-23', [{ address: 'ana@example.com', messageId: '<m@example.org>', outcome: 'unknown' }]);
    expect((await readSentRecord(outDir)).entries).toEqual([{ date: '2026-11-23', recipient: recipientKey('ana@example.com'), messageId: '<m@example.org>', outcome: 'unknown' }]);
    await recordSent(outDir, '2026-11-23', [accepted('ana@example.com', '<m@example.org>')]);
    expect((await readSentRecord(outDir)).entries).toEqual([{ date: '2026-11-23', recipient: recipientKey('ana@example.com'), messageId: '<m@example.org>' }]);
  });

  it('removes an unknown entry when the server refused the copy after all, but never an acceptance', async () => {
    const refused = (address: string) => ({ address, messageId: '<m@example.org>', outcome: 'refused' as const });
    await recordSent(outDir, '2026-11-23', [{ address: 'ana@example.com', messageId: '<m@example.org>', outcome: 'unknown' }, accepted('ben@example.net', '<m@example.org>')]);
    await recordSent(outDir, '2026-11-23', [refused('ana@example.com'), refused('ben@example.net')]);
    expect((await readSentRecord(outDir, '2026-11-23')).entries.map((e) => e.recipient)).toEqual([recipientKey('ben@example.net')]);
  });

  it('keeps a nothing-new note apart from the digest of the same date', async () => {
    await recordSent(outDir, '2026-11-23', [accepted('ana@example.com', '<note@example.org>')], 'nothing-new');
    await recordSent(outDir, '2026-11-23', [accepted('ana@example.com', '<digest@example.org>')]);
    expect((await readSentRecord(outDir)).entries.map((e) => [e.kind ?? 'digest', e.messageId])).toEqual([
      ['digest', '<digest@example.org>'],
      ['nothing-new', '<note@example.org>'],
    ]);
  });

  it('throws when the record cannot be written, here because a folder stands where the file goes', async () => {
    await mkdir(path.join(outDir, 'sent', '2026-11-23.json'), { recursive: true });
    await expect(recordSent(outDir, '2026-11-23', [accepted('ana@example.com', '<m@example.org>')])).rejects.toThrow(/Cannot read sent record .*EISDIR/);
  });

  it('rewrites only the day\'s file, and still honours the single sent.json of earlier versions', async () => {
    const legacy = { version: 1, entries: [{ date: '2026-11-20', recipient: recipientKey('ana@example.com'), messageId: '<old@example.org>' }] };
    await writeFile(path.join(outDir, 'sent.json'), JSON.stringify(legacy));
    await recordSent(outDir, '2026-11-23', [accepted('ana@example.com', '<m@example.org>')]);
    expect(await readFile(path.join(outDir, 'sent.json'), 'utf8')).toBe(JSON.stringify(legacy));
    expect((await readSentRecord(outDir, '2026-11-20')).entries).toEqual(legacy.entries);
    expect((await readSentRecord(outDir, '2026-11-23')).entries.map((e) => e.messageId)).toEqual(['<m@example.org>']);
    expect((await readSentRecord(outDir)).entries).toHaveLength(2);
  });
});
