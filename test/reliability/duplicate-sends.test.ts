import { mkdtemp } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSentRecord, recipientKey } from '../../pipeline/deliver/index.js';
import { EXIT } from '../../pipeline/exit-codes.js';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { seededRandom } from '../helpers/seeded-random.js';
import { recordCounts } from './record-counts.js';
import { runAndKill } from './run-and-kill.js';

/** Kill trials around the send; each costs two runs, so a handful keeps the file near half a minute. */
const KILL_TRIALS = Number(process.env.RELIABILITY_SEND_TRIALS ?? 6);
const SCHEDULE_SEED = 8058;
const DATE = '2026-05-01';

/** Deliveries the server accepted, per recipient address. */
const deliveries = new Map<string, number>();
let server: SMTPServer;
let smtpUrl: string;
let corpus: string;

beforeAll(async () => {
  server = new SMTPServer({
    logger: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, session, callback) {
      // These tests kill the sender on purpose: a message cut off by a reset connection is simply not a delivery.
      stream.on('error', () => undefined);
      stream.resume();
      stream.on('end', () => {
        for (const { address } of session.envelope.rcptTo) deliveries.set(address, (deliveries.get(address) ?? 0) + 1);
        callback();
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  corpus = path.join(ROOT, 'seeds');
}, 30_000);

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function envFor(recipients: readonly string[]): NodeJS.ProcessEnv {
  return { SMTP_URL: smtpUrl, DIGEST_FROM: 'Digest <digest@example.org>', DIGEST_TO: recipients.join(', ') };
}

/** Extra deliveries beyond one per recipient. */
function duplicatesOf(recipients: readonly string[]): number {
  return recipients.reduce((sum, address) => sum + Math.max(0, (deliveries.get(address) ?? 0) - 1), 0);
}

describe('sending a digest with --send', () => {
  it('delivers once per recipient, a rerun sends nothing, and only --force sends again', async () => {
    const recipients = ['ana@example.org', 'ben@example.org'];
    const outDir = path.join(await mkdtemp(path.join(tmpdir(), 'send-')), 'out');
    const args = [corpus, '--out', outDir, '--date', DATE, '--send', '-q'];
    const first = await runCli(args, { env: envFor(recipients) });
    expect(first.code, first.stderr).toBe(EXIT.ok);
    const rerun = await runCli(args, { env: envFor(recipients) });
    expect(rerun.code, rerun.stderr).toBe(EXIT.ok);
    const duplicates = duplicatesOf(recipients);
    recordCounts({ kind: 'rerun after a successful send', trials: 1, duplicateSends: duplicates });
    expect(recipients.map((address) => deliveries.get(address))).toEqual([1, 1]);
    // The counter can see a second delivery: --force makes one on purpose.
    const forced = await runCli([...args, '--force'], { env: envFor(recipients) });
    expect(forced.code, forced.stderr).toBe(EXIT.ok);
    expect(recipients.map((address) => deliveries.get(address))).toEqual([2, 2]);
  }, 90_000);

  it('never delivers twice when a run is killed around the send and run again, outside the window after the server accepted', async () => {
    const random = seededRandom(SCHEDULE_SEED);
    // The email phase: from the render line to the end of an uninterrupted run.
    const probe = ['probe@example.org'];
    const reference = await runAndKill([corpus, '--out', path.join(await mkdtemp(path.join(tmpdir(), 'send-')), 'out'), '--date', DATE, '--send'], undefined, envFor(probe));
    expect(reference.code, reference.stderr).toBe(EXIT.ok);
    const emailMs = reference.ms - (reference.renderAt ?? 0);
    const lines: string[] = [];
    let duplicates = 0;
    let unexplained = 0;
    let lost = 0;
    let killed = 0;
    for (let trial = 0; trial < KILL_TRIALS; trial++) {
      const recipients = [`t${trial}-a@example.org`, `t${trial}-b@example.org`];
      const outDir = path.join(await mkdtemp(path.join(tmpdir(), 'send-')), 'out');
      const args = [corpus, '--out', outDir, '--date', DATE, '--send'];
      const delayMs = random() * emailMs * 1.2;
      const first = await runAndKill(args, { afterRender: true, delayMs }, envFor(recipients));
      if (first.killed) killed += 1;
      // The one window no sender can close: the server accepted the message and the kill came before
      // the sender heard so and recorded it. A rerun then sends again; anywhere else it must not.
      const recorded = new Set((await readSentRecord(outDir)).entries.map((entry) => entry.recipient));
      const inWindow = new Set(recipients.filter((address) => (deliveries.get(address) ?? 0) > 0 && !recorded.has(recipientKey(address))));
      const rerun = await runCli([...args, '-q'], { env: envFor(recipients) });
      const counts = recipients.map((address) => deliveries.get(address) ?? 0);
      duplicates += duplicatesOf(recipients);
      unexplained += duplicatesOf(recipients.filter((address) => !inWindow.has(address)));
      lost += counts.filter((count) => count === 0).length;
      lines.push(`trial ${trial}: kill ${Math.round(delayMs)} ms after render (${first.killed ? 'killed' : 'finished'}${inWindow.size > 0 ? ', after the server accepted' : ''}), rerun exit ${rerun.code}, deliveries ${counts.join('/')}`);
    }
    recordCounts({ kind: 'SIGKILL around the email send, then rerun', trials: KILL_TRIALS, faults: killed, duplicateSends: duplicates, lost });
    console.info(`kills around the send (${Math.round(emailMs)} ms email phase): ${lines.join('; ')}`);
    expect({ unexplained, lost }).toEqual({ unexplained: 0, lost: 0 });
    expect(killed).toBeGreaterThan(0);
  }, 240_000);
});
