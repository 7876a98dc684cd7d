import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deliverEmail, readSentRecord, recipientKey, type DeliverEmailOptions } from '../../pipeline/deliver/index.js';
import { FIXTURE_SETTINGS, fixtureInput } from './fixture-digest.js';
import { closedPort, startSmtpServer, type TestSmtpServer } from './smtp-test-server.js';

const RETRY: DeliverEmailOptions['retry'] = { attempts: 2, delays: [1, 1, 1], timeoutMs: 5_000 };

let outDir: string;
let server: TestSmtpServer | undefined;
beforeEach(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'deliver-email-'));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(outDir, { recursive: true, force: true });
});

describe('deliverEmail', () => {
  it('writes <date>.eml and sends nothing without SMTP_URL', async () => {
    const report = await deliverEmail(fixtureInput(), { outDir, retry: RETRY });
    expect(report.status).toBe('preview');
    expect(await readdir(outDir)).toEqual(['2026-11-23.eml']);
    const mail = await simpleParser(await readFile(path.join(outDir, '2026-11-23.eml')));
    expect(mail.subject).toBe('Briefing 2026-11-23: Russia, Turkey, Iran');
  });

  it('sends once, records it, and a rerun sends nothing', async () => {
    server = await startSmtpServer();
    const first = await deliverEmail(fixtureInput(), { outDir, smtpUrl: server.url, retry: RETRY });
    expect(first.status).toBe('sent');
    expect((await readSentRecord(outDir)).entries).toHaveLength(3);

    const rerun = await deliverEmail(fixtureInput(), { outDir, smtpUrl: server.url, retry: RETRY });
    expect(rerun.status).toBe('skipped-already-sent');
    expect(rerun.recipients.map((r) => r.status)).toEqual(['already-sent', 'already-sent', 'already-sent']);
    expect(server.messages).toHaveLength(3);
    expect(server.connections()).toBe(1);
  });

  it('resends to everyone with force, under the same Message-ID', async () => {
    server = await startSmtpServer();
    await deliverEmail(fixtureInput(), { outDir, smtpUrl: server.url, retry: RETRY });
    const forced = await deliverEmail(fixtureInput(), { outDir, smtpUrl: server.url, retry: RETRY, force: true });
    expect(forced.status).toBe('sent');
    expect(server.messages).toHaveLength(6);
    expect(server.messages.slice(3).map((m) => m.to)).toEqual(FIXTURE_SETTINGS.to.map((to) => [to]));
    const ids = await Promise.all(server.messages.map(async (m) => (await simpleParser(m.raw)).messageId));
    expect(ids.slice(3)).toEqual(ids.slice(0, 3));
    expect((await readSentRecord(outDir)).entries).toHaveLength(3);
  });

  it('records who accepted a partial send, and the rerun mails only the one who missed it', async () => {
    server = await startSmtpServer({ rejectRecipients: { 'chloe@example.org': 452 } });
    const partial = await deliverEmail(fixtureInput(), { outDir, smtpUrl: server.url, retry: RETRY });
    expect(partial.status).toBe('partial');
    expect(partial.recipients.map((r) => r.status)).toEqual(['accepted', 'accepted', 'failed']);
    expect(partial.error).toContain('c***@example.org failed (452 Mailbox busy, try later)');
    await server.close();

    server = await startSmtpServer();
    const rerun = await deliverEmail(fixtureInput(), { outDir, smtpUrl: server.url, retry: RETRY });
    expect(rerun.status).toBe('sent');
    expect(rerun.recipients.map((r) => r.status)).toEqual(['already-sent', 'already-sent', 'accepted']);
    expect(server.messages.map((m) => m.to)).toEqual([['chloe@example.org']]);
  });

  it('reports a server that is down as failed and records nothing', async () => {
    const port = await closedPort();
    const report = await deliverEmail(fixtureInput(), { outDir, smtpUrl: `smtp://127.0.0.1:${port}`, retry: RETRY });
    expect(report.status).toBe('failed');
    expect(report.error).toMatch(/^Cannot send via 127\.0\.0\.1:\d+ after 2 attempts: connect ECONNREFUSED/);
    expect(await readdir(outDir)).toEqual([]);
  });

  it('refuses to send over a damaged sent record, leaving it as it was', async () => {
    server = await startSmtpServer();
    const file = path.join(outDir, 'sent.json');
    await writeFile(file, '{"version":1,"entries":[');
    const report = await deliverEmail(fixtureInput(), { outDir, smtpUrl: server.url, retry: RETRY });
    expect(report.status).toBe('failed');
    expect(report.error).toContain(`Cannot read sent record ${file}: got invalid JSON`);
    expect(server.connections()).toBe(0);
    expect(await readFile(file, 'utf8')).toBe('{"version":1,"entries":[');
  });

  it('keeps separate records per date', async () => {
    server = await startSmtpServer();
    await deliverEmail(fixtureInput(), { outDir, smtpUrl: server.url, retry: RETRY });
    const nextDay = await deliverEmail(fixtureInput({ date: '2026-11-24' }), { outDir, smtpUrl: server.url, retry: RETRY });
    expect(nextDay.status).toBe('sent');
    expect(server.messages).toHaveLength(6);
    expect(new Set((await readSentRecord(outDir)).entries.map((e) => e.date))).toEqual(new Set(['2026-11-23', '2026-11-24']));
  });

  it('sends one copy when the server answers the final "." too late, records the outcome as unknown, and only --force sends again', async () => {
    server = await startSmtpServer({ holdAnswerMs: 5_000 });
    const input = fixtureInput({ settings: { to: ['ana@example.com'] } });
    const retry = { attempts: 4, delays: [1, 1, 1], timeoutMs: 300 };
    const first = await deliverEmail(input, { outDir, smtpUrl: server.url, retry });
    expect(first.status).toBe('unknown');
    expect(server.messages).toHaveLength(1);
    expect((await readSentRecord(outDir)).entries).toMatchObject([{ recipient: recipientKey('ana@example.com'), outcome: 'unknown' }]);

    const rerun = await deliverEmail(input, { outDir, smtpUrl: server.url, retry });
    expect(rerun.status).toBe('unknown');
    expect(rerun.attempts).toBe(0);
    expect(server.messages).toHaveLength(1);

    const forced = await deliverEmail(input, { outDir, smtpUrl: server.url, retry, force: true });
    expect(forced.status).toBe('unknown');
    expect(server.messages).toHaveLength(2);
  });

  it('sends nothing when a folder stands where the sent record goes', async () => {
    server = await startSmtpServer();
    await mkdir(path.join(outDir, 'sent', '2026-11-23.json'), { recursive: true });
    const report = await deliverEmail(fixtureInput(), { outDir, smtpUrl: server.url, retry: RETRY });
    expect(report.status).toBe('failed');
    expect(report.error).toMatch(/Cannot read sent record .*EISDIR.*Nothing was sent/);
    expect(server.connections()).toBe(0);
  });

  it('stops, and reports the send as unrecorded, when the sent record stops being writable after the first acceptance', async () => {
    const record = path.join(outDir, 'sent', '2026-11-23.json');
    server = await startSmtpServer({
      // The disk goes bad between the server's copy and the client's record of it.
      onMessage: async () => {
        await rm(record, { force: true });
        await mkdir(record, { recursive: true });
      },
    });
    const report = await deliverEmail(fixtureInput(), { outDir, smtpUrl: server.url, retry: RETRY });
    expect(report.status).toBe('unrecorded');
    expect(server.messages).toHaveLength(1);
    expect(report.recipients.map((r) => r.status)).toEqual(['accepted', 'failed', 'failed']);
    expect(report.error).toContain('the sent record could not be written');
    expect(report.error).toContain('would go out again on a rerun');
  });
});
