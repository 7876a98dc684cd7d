import { generateKeyPairSync } from 'node:crypto';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { sendDigest, type SendOptions } from '../../pipeline/deliver/index.js';
import { closedPort, startSmtpServer, type TestSmtpServer } from './smtp-test-server.js';
import { FIXTURE_SETTINGS, fixtureInput, headerValue } from './fixture-digest.js';
import { verifyDkim } from './verify-dkim.js';

// Retries wait 1 ms: the tests exercise the retry logic, not the clock.
const FAST: Pick<SendOptions, 'delays' | 'timeoutMs'> = { delays: [1, 1, 1, 1, 1], timeoutMs: 5_000 };
/** A client timeout far below the server's hold, so the "no answer" tests take a fraction of a second. */
const SHORT_TIMEOUT_MS = 300;

let server: TestSmtpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The To addresses each received message names, in arrival order. */
async function toHeaders(received: TestSmtpServer): Promise<string[][]> {
  const mails = await Promise.all(received.messages.map((m) => simpleParser(m.raw)));
  return mails.map((mail) => (Array.isArray(mail.to) ? mail.to : [mail.to]).flatMap((list) => list?.value.map((a) => a.address ?? '') ?? []));
}

describe('sendDigest', () => {
  it('sends each recipient a message of their own, with both parts and every list header', async () => {
    server = await startSmtpServer({ auth: { user: 'digest', pass: 's3cret' } });
    const report = await sendDigest(fixtureInput(), { ...FAST, smtpUrl: server.url });

    expect(report.status).toBe('sent');
    expect(report.attempts).toBe(1);
    expect(report.recipients.map((r) => [r.recipient, r.status])).toEqual(FIXTURE_SETTINGS.to.map((to) => [to, 'accepted']));
    expect(server.messages.map((m) => m.to)).toEqual(FIXTURE_SETTINGS.to.map((to) => [to]));
    expect(await toHeaders(server)).toEqual(FIXTURE_SETTINGS.to.map((to) => [to]));
    expect(server.connections()).toBe(1);
    const [received] = server.messages;
    expect(received?.from).toBe('digest@briefing.example.org');

    const mail = await simpleParser(received!.raw);
    expect(mail.subject).toBe('Briefing 2026-11-23: Russia, Turkey, Iran');
    expect(mail.from?.value).toEqual([{ name: 'Actor Digest', address: 'digest@briefing.example.org' }]);
    expect(mail.text).toContain('Sergei Lavrov: Russia proposed joint patrols. [1] [2]');
    expect(mail.html).toContain('<h2>Russia</h2>');
    expect(mail.html).toContain('href="https://news.example.com/2026/11/idlib-patrols"');
    expect(mail.html).toContain('href="https://wire.example.net/world/astana-talks?id=42&amp;lang=en"');
    expect(mail.messageId).toMatch(/^<digest-2026-11-23-[0-9a-f]{12}@briefing\.example\.org>$/);
    expect(mail.date?.toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(headerValue(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(headerValue(mail, 'list-unsubscribe')).toBe(
      '<mailto:leave@briefing.example.org>, <https://briefing.example.org/unsubscribe?list=daily>',
    );
    expect(headerValue(mail, 'list-id')).toBe('"Actor digest" <actor-digest.briefing.example.org>');
    // One Message-ID per recipient, each the same on every run.
    const ids = report.recipients.map((r) => r.messageId);
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toBe(mail.messageId);
  });

  it('retries a server that answers 421 twice, and exactly one message per recipient arrives', async () => {
    server = await startSmtpServer({ busyConnections: 2 });
    const waits: number[] = [];
    const report = await sendDigest(fixtureInput(), {
      ...FAST,
      smtpUrl: server.url,
      sleep: async (ms: number) => void waits.push(ms),
    });
    expect(report.status).toBe('sent');
    expect(report.attempts).toBe(3);
    expect(waits).toEqual([1, 1]);
    expect(server.connections()).toBe(3);
    expect(server.messages.map((m) => m.to)).toEqual(FIXTURE_SETTINGS.to.map((to) => [to]));
  });

  it('still delivers to the others when one recipient gets a 550, and reports the answer', async () => {
    server = await startSmtpServer({ rejectRecipients: { 'ben@example.net': 550 } });
    const report = await sendDigest(fixtureInput(), { ...FAST, smtpUrl: server.url });
    expect(report.status).toBe('partial');
    expect(report.attempts).toBe(1); // a 5xx is final: no retry
    expect(report.recipients.map(({ messageId: _, ...rest }) => rest)).toEqual([
      { recipient: 'ana@example.com', status: 'accepted', response: '250 Queued as T1' },
      { recipient: 'ben@example.net', status: 'rejected', response: '550 No such user here', responseCode: 550 },
      { recipient: 'chloe@example.org', status: 'accepted', response: '250 Queued as T2' },
    ]);
    expect(report.error).toContain('b***@example.net rejected (550 No such user here)');
    expect(report.error).not.toContain('ben@');
    expect(server.messages.map((m) => m.to)).toEqual([['ana@example.com'], ['chloe@example.org']]);
    expect(server.connections()).toBe(1);
  });

  it('retries only the recipient that got a 4xx, and it receives the same message later', async () => {
    server = await startSmtpServer({ rejectRecipients: { 'chloe@example.org': 450 }, rejectTimes: 1 });
    const recorded: string[] = [];
    const report = await sendDigest(fixtureInput(), {
      ...FAST,
      smtpUrl: server.url,
      onOutcome: async (address: string, outcome: string) => void recorded.push(`${address} ${outcome}`),
    });
    expect(report.status).toBe('sent');
    expect(report.attempts).toBe(2);
    expect(recorded.filter((line) => line.endsWith('accepted'))).toEqual(['ana@example.com accepted', 'ben@example.net accepted', 'chloe@example.org accepted']);
    // Chloe's first copy was refused at RCPT, before any byte of it: nothing to undo.
    expect(recorded.filter((line) => line.startsWith('chloe'))).toEqual(['chloe@example.org unknown', 'chloe@example.org accepted']);
    expect(server.messages.map((m) => m.to)).toEqual([['ana@example.com'], ['ben@example.net'], ['chloe@example.org']]);
  });

  it('sends once and reports the outcome as unknown when the server holds its answer to the final "." past the timeout', async () => {
    server = await startSmtpServer({ holdAnswerMs: 5_000 });
    const input = fixtureInput({ settings: { to: ['ana@example.com'] } });
    const recorded: string[] = [];
    const started = performance.now();
    const report = await sendDigest(input, {
      smtpUrl: server.url,
      attempts: 4,
      delays: [1, 1, 1],
      timeoutMs: SHORT_TIMEOUT_MS,
      onOutcome: async (address: string, outcome: string) => void recorded.push(`${address} ${outcome}`),
    });
    expect(performance.now() - started).toBeLessThan(4_000);
    expect(server.messages).toHaveLength(1);
    expect(report.status).toBe('unknown');
    expect(report.attempts).toBe(1);
    expect(report.recipients).toMatchObject([{ recipient: 'ana@example.com', status: 'unknown' }]);
    expect(recorded).toEqual(['ana@example.com unknown']);
    // Recorded before the last byte went out, and not again when the answer never came.
    expect(report.error).toContain('outcome unknown for 1 recipient (a***@example.com)');
    expect(report.error).toContain('--force');
    expect(report.error).not.toContain('ana@');
  });

  it('treats a connection dropped after the final "." as unknown, and one dropped before as safe to retry', async () => {
    server = await startSmtpServer({ dropAfterData: 1 });
    const input = fixtureInput({ settings: { to: ['ana@example.com', 'ben@example.net'] } });
    const report = await sendDigest(input, { ...FAST, smtpUrl: server.url });
    // Ana's copy arrived in full and the server hung up: unknown, never resent. Ben's went out on a new connection.
    expect(report.recipients.map((r) => [r.recipient, r.status])).toEqual([['ana@example.com', 'unknown'], ['ben@example.net', 'accepted']]);
    expect(server.messages.map((m) => m.to)).toEqual([['ana@example.com'], ['ben@example.net']]);
    expect(report.status).toBe('unknown');

    await server.close();
    const port = await closedPort();
    const down = await sendDigest(input, { ...FAST, attempts: 2, smtpUrl: `smtp://127.0.0.1:${port}` });
    expect(down.recipients.map((r) => r.status)).toEqual(['failed', 'failed']);
    expect(down.attempts).toBe(2);
    server = undefined;
  });

  it('records each copy as unknown before its last byte, then as accepted', async () => {
    server = await startSmtpServer();
    const recorded: string[] = [];
    const report = await sendDigest(fixtureInput({ settings: { to: ['ana@example.com', 'ben@example.net'] } }), {
      ...FAST,
      smtpUrl: server.url,
      onOutcome: async (address: string, outcome: string) => {
        // The server cannot have the whole message while the unknown is being recorded.
        recorded.push(`${address} ${outcome} (${server!.messages.length} arrived)`);
      },
    });
    expect(report.status).toBe('sent');
    expect(recorded).toEqual([
      'ana@example.com unknown (0 arrived)',
      'ana@example.com accepted (1 arrived)',
      'ben@example.net unknown (1 arrived)',
      'ben@example.net accepted (2 arrived)',
    ]);
  });

  it('undoes the unknown when the server refuses the finished message', async () => {
    server = await startSmtpServer({ refuseData: 554 });
    const recorded: string[] = [];
    const report = await sendDigest(fixtureInput({ settings: { to: ['ana@example.com'] } }), {
      ...FAST,
      smtpUrl: server.url,
      onOutcome: async (address: string, outcome: string) => void recorded.push(`${address} ${outcome}`),
    });
    expect(report.recipients).toMatchObject([{ recipient: 'ana@example.com', status: 'rejected', responseCode: 554 }]);
    expect(recorded).toEqual(['ana@example.com unknown', 'ana@example.com refused']);
  });

  it('abandons a message unfinished, and stops, when its unknown cannot be recorded', async () => {
    server = await startSmtpServer();
    const report = await sendDigest(fixtureInput(), {
      ...FAST,
      smtpUrl: server.url,
      onOutcome: async () => {
        throw new Error('EISDIR: illegal operation on a directory');
      },
    });
    expect(server.messages).toHaveLength(0);
    expect(report.status).toBe('unrecorded');
    expect(report.recipients.map((r) => r.status)).toEqual(['failed', 'failed', 'failed']);
    expect(report.error).toContain('the sent record could not be written (EISDIR');
  });

  it('stops sending at the first acceptance it cannot record, and says so', async () => {
    server = await startSmtpServer();
    const report = await sendDigest(fixtureInput(), {
      ...FAST,
      smtpUrl: server.url,
      onOutcome: async (_address: string, outcome: string) => {
        if (outcome === 'accepted') throw new Error('ENOSPC: no space left on device');
      },
    });
    expect(server.messages).toHaveLength(1);
    expect(report.status).toBe('unrecorded');
    expect(report.recipients.map((r) => r.status)).toEqual(['accepted', 'failed', 'failed']);
    expect(report.error).toContain('the sent record could not be written (ENOSPC');
  });

  it('fails clearly, without the password, when the server is down', async () => {
    const port = await closedPort();
    const report = await sendDigest(fixtureInput(), {
      ...FAST,
      attempts: 3,
      smtpUrl: `smtp://digest:hunter2@127.0.0.1:${port}`,
    });
    expect(report.status).toBe('failed');
    expect(report.attempts).toBe(3);
    expect(report.recipients.every((r) => r.status === 'failed')).toBe(true);
    expect(report.error).toBe(`Cannot send via 127.0.0.1:${port} after 3 attempts: connect ECONNREFUSED 127.0.0.1:${port}`);
    expect(JSON.stringify(report)).not.toContain('hunter2');
  });

  it('stops at once on a permanent refusal such as a wrong password', async () => {
    server = await startSmtpServer({ auth: { user: 'digest', pass: 'right' } });
    const report = await sendDigest(fixtureInput(), { ...FAST, smtpUrl: server.url.replace('right', 'wrong') });
    expect(report.status).toBe('failed');
    expect(report.attempts).toBe(1);
    expect(report.recipients[0]).toMatchObject({ status: 'rejected', responseCode: 535 });
    expect(server.messages).toHaveLength(0);
  });

  it('sends nothing and says so when every recipient is skipped', async () => {
    server = await startSmtpServer();
    const report = await sendDigest(fixtureInput(), { ...FAST, smtpUrl: server.url, skip: [...FIXTURE_SETTINGS.to] });
    expect(report.status).toBe('skipped-already-sent');
    expect(report.attempts).toBe(0);
    expect(server.connections()).toBe(0);
  });

  it('sends one copy to an address listed twice', async () => {
    server = await startSmtpServer();
    const input = fixtureInput({ settings: { to: ['ana@example.com', 'Ana <ANA@example.com>', 'ben@example.net'] } });
    const report = await sendDigest(input, { ...FAST, smtpUrl: server.url });
    expect(report.recipients.map((r) => [r.recipient, r.status])).toEqual([['ana@example.com', 'accepted'], ['ben@example.net', 'accepted']]);
    expect(server.messages.map((m) => m.to)).toEqual([['ana@example.com'], ['ben@example.net']]);
  });

  it('signs with DKIM covering both unsubscribe headers, and the signature verifies', async () => {
    server = await startSmtpServer();
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const dkim = { domainName: 'briefing.example.org', keySelector: 'digest2026', privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
    const report = await sendDigest(fixtureInput({ settings: { dkim } }), { ...FAST, smtpUrl: server.url });
    expect(report.status).toBe('sent');

    const check = verifyDkim(server.messages[0]!.raw, publicKey);
    expect(check.tags.get('d')).toBe('briefing.example.org');
    expect(check.tags.get('s')).toBe('digest2026');
    expect(check.signedHeaders).toEqual(expect.arrayContaining(['list-unsubscribe', 'list-unsubscribe-post', 'list-id', 'from', 'subject', 'message-id']));
    expect(check.bodyHashOk).toBe(true);
    expect(check.signatureOk).toBe(true);
    // The checker can fail: a changed unsubscribe header breaks the signature.
    const tampered = Buffer.from(server.messages[0]!.raw.toString('latin1').replace('List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'List-Unsubscribe-Post: List-Unsubscribe=Two-Click'), 'latin1');
    expect(verifyDkim(tampered, publicKey).signatureOk).toBe(false);
  });

  it('refuses an SMTP_URL of another scheme, naming the scheme only', async () => {
    await expect(sendDigest(fixtureInput(), { smtpUrl: 'http://user:pw@mail.example.org' })).rejects.toThrow(
      'Cannot use SMTP_URL: got scheme http:, expected smtp://user:pass@host:587 or smtps://user:pass@host:465',
    );
  });
});
