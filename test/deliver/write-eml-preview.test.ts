import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildMessage, writeEmlPreview } from '../../pipeline/deliver/index.js';
import { fixtureInput, headerValue } from './fixture-digest.js';

let outDir: string;
beforeEach(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'deliver-eml-'));
});
afterEach(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('writeEmlPreview', () => {
  it('writes <date>.eml with the complete message and reports a preview', async () => {
    const message = buildMessage(fixtureInput());
    const report = await writeEmlPreview(message, outDir, '2026-11-23');
    expect(report).toEqual({
      status: 'preview',
      date: '2026-11-23',
      messageId: message.messageId,
      recipients: [],
      attempts: 0,
      emlPath: path.join(outDir, '2026-11-23.eml'),
    });
    expect(await readdir(outDir)).toEqual(['2026-11-23.eml']); // no temporary file left behind
    const mail = await simpleParser(await readFile(report.emlPath!));
    expect(mail.subject).toBe('Briefing 2026-11-23: Russia, Turkey, Iran');
    expect(mail.text).toContain('[2] Iran calls for Astana talks (Example Wire)');
    expect(mail.html).toContain('<h2>Turkey</h2>');
    expect(headerValue(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
  });

  it('writes the same bytes for the same inputs, matching the stored expected.eml', async () => {
    await writeEmlPreview(buildMessage(fixtureInput()), outDir, '2026-11-23');
    const first = await readFile(path.join(outDir, '2026-11-23.eml'));
    await writeEmlPreview(buildMessage(fixtureInput()), outDir, '2026-11-23');
    const second = await readFile(path.join(outDir, '2026-11-23.eml'));
    expect(second.equals(first)).toBe(true);
    // Built in another process on another day: pins the Date, Message-ID and boundaries.
    const expected = await readFile(new URL('../fixtures/deliver/digest/expected.eml', import.meta.url));
    expect(first.toString('utf8')).toBe(expected.toString('utf8'));
  });

  it('uses CRLF line ends and a Date header of the digest date', async () => {
    await writeEmlPreview(buildMessage(fixtureInput()), outDir, '2026-11-23');
    const raw = (await readFile(path.join(outDir, '2026-11-23.eml'))).toString('latin1');
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(raw).toMatch(/^Date: Mon, 23 Nov 2026 00:00:00 \+0000\r$/m);
  });

  it('changes the boundaries when the content changes, so they never collide with it', async () => {
    const boundary = (eml: string) => /boundary="([^"]+)"/.exec(eml)?.[1];
    await writeEmlPreview(buildMessage(fixtureInput()), outDir, '2026-11-23');
    const a = boundary(await readFile(path.join(outDir, '2026-11-23.eml'), 'utf8'));
    await writeEmlPreview(buildMessage(fixtureInput({ text: 'Another day.\n' })), outDir, '2026-11-23');
    const b = boundary(await readFile(path.join(outDir, '2026-11-23.eml'), 'utf8'));
    expect(a).toMatch(/^--_NmP-[0-9a-f]{24}-Part_1$/);
    expect(b).toMatch(/^--_NmP-[0-9a-f]{24}-Part_1$/);
    expect(a).not.toBe(b);
  });

  it('refuses a date that could choose another path', async () => {
    await expect(writeEmlPreview(buildMessage(fixtureInput()), outDir, '../2026-11-23')).rejects.toThrow(
      'Cannot write the .eml preview: got date "../2026-11-23", expected YYYY-MM-DD',
    );
  });
});
