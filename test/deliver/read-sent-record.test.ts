import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSentRecord, SENT_RECORD_FILE } from '../../pipeline/deliver/index.js';

let outDir: string;
beforeEach(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'deliver-sent-'));
});
afterEach(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('readSentRecord', () => {
  it('reads a missing record as nothing sent', async () => {
    expect(await readSentRecord(outDir)).toEqual({ version: 1, entries: [] });
  });

  it('reads a valid record', async () => {
    const record = { version: 1, entries: [{ date: '2026-11-22', recipient: 'sha256:0123456789abcdef', messageId: '<digest-2026-11-22-aa@example.org>' }] };
    await writeFile(path.join(outDir, SENT_RECORD_FILE), JSON.stringify(record));
    expect(await readSentRecord(outDir)).toEqual(record);
  });

  it.each([
    ['truncated JSON', '{"version":1,"entries":[{"date":"2026-', 'got invalid JSON'],
    ['another version', '{"version":2,"entries":[]}', 'got JSON of another shape'],
    ['a plain address as key', '{"version":1,"entries":[{"date":"2026-11-22","recipient":"ana@example.com","messageId":"<x@y>"}]}', 'got JSON of another shape'],
  ])('throws, naming the file, for %s', async (_name, content, reason) => {
    const file = path.join(outDir, SENT_RECORD_FILE);
    await writeFile(file, content);
    await expect(readSentRecord(outDir)).rejects.toThrow(`Cannot read sent record ${file}: ${reason}`);
  });
});
