// The hostile world, delivery side: what a careless user or an attacker can do
// to the email, the output folder, the lock and the command line from outside.
// Every attack runs the real CLI against real SMTP servers and real folders,
// counts what it cost (leaks found by searching every output file and stderr
// for the secret or the addresses, copies a recipient received more than once,
// files the tool did not write that changed) and records one hostile-world row.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../pipeline/exit-codes.js';
import { startSmtpServer, type TestSmtpServer } from '../deliver/smtp-test-server.js';
import { ROOT, runCli, type CliResult } from '../helpers/run-cli.js';
import { recordHostile } from './record-counts.js';
import { changedPaths, snapshotTree } from './snapshot-tree.js';

const execFileAsync = promisify(execFile);
const DATE = '2026-05-01';
const NEXT_DATE = '2026-05-02';
const SEEDS = path.join(ROOT, 'seeds');
const FROM = 'Digest <digest@briefing.example.org>';
/** The SMTP password every attack's URL carries: it must never be found anywhere. */
const PASSWORD = 'hunter2-never-print-me';
/** Recipients for the mass-mailing attack: the 500. */
const MASS_RECIPIENTS = 500;
/** Client timeout for the slow-server attacks, ms: far below the server's hold, so the test stays fast. */
const SHORT_TIMEOUT_MS = 500;
const PATTERNS = {
  /** An address of the mass list, wherever it appears in a message. */
  massAddress: /reader-\d{4}@subscribers\.example/gu,
} as const;

const servers: TestSmtpServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function server(script: Parameters<typeof startSmtpServer>[0] = {}): Promise<TestSmtpServer> {
  const started = await startSmtpServer({ auth: { user: 'digest', pass: PASSWORD }, ...script });
  servers.push(started);
  return started;
}

/** A fresh folder with an `out/` inside, and optionally a config. */
async function workspace(config?: unknown): Promise<{ dir: string; out: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'hostile-delivery-'));
  if (config !== undefined) await writeFile(path.join(dir, 'digest.config.json'), JSON.stringify(config));
  return { dir, out: path.join(dir, 'out') };
}

/** Config that keeps a slow or failing server from costing minutes: short timeout, no waiting between attempts. */
const FAST_EMAIL = { email: { timeoutMs: SHORT_TIMEOUT_MS, attempts: 4, retryDelayMs: 0 } };

function sendEnv(url: string, to: readonly string[] | string): NodeJS.ProcessEnv {
  return { SMTP_URL: url, DIGEST_FROM: FROM, DIGEST_TO: typeof to === 'string' ? to : to.join(', ') };
}

/** Occurrences of each secret in every file under `dir` and in the run's output. */
async function leaksIn(dir: string, results: readonly CliResult[], secrets: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  const tree = await snapshotTree(dir);
  for (const secret of secrets) {
    const needle = secret.toLowerCase();
    for (const [name, bytes] of tree) if (bytes.toString('utf8').toLowerCase().includes(needle)) found.push(`${secret} in ${name}`);
    for (const [i, result] of results.entries()) {
      if (`${result.stdout}\n${result.stderr}`.toLowerCase().includes(needle)) found.push(`${secret} in the output of run ${i + 1}`);
    }
  }
  return found;
}

/** Copies beyond one that each recipient received. */
function duplicates(received: TestSmtpServer, recipients: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const message of received.messages) for (const to of message.to) counts.set(to.toLowerCase(), (counts.get(to.toLowerCase()) ?? 0) + 1);
  return recipients.reduce((sum, address) => sum + Math.max(0, (counts.get(address.toLowerCase()) ?? 0) - 1), 0);
}

describe('hostile world: the email', () => {
  it('sends one copy when the server holds its answer to the final "." past the timeout, reports it as unknown (exit 3), and only --force sends again', async () => {
    const smtp = await server({ holdAnswerMs: 20_000 });
    const { dir } = await workspace(FAST_EMAIL);
    const recipients = ['ana@example.org'];
    const args = [SEEDS, '--out', 'out', '--date', DATE, '--send'];
    const first = await runCli(args, { cwd: dir, env: sendEnv(smtp.url, recipients) });
    const rerun = await runCli(args, { cwd: dir, env: sendEnv(smtp.url, recipients) });
    const copiesBeforeForce = smtp.messages.length;
    const dup = duplicates(smtp, recipients);
    const record = JSON.parse(await readFile(path.join(dir, `out/sent/${DATE}.json`), 'utf8'));
    const leaks = await leaksIn(dir, [first, rerun], [PASSWORD, ...recipients]);
    const forced = await runCli([...args, '--force'], { cwd: dir, env: sendEnv(smtp.url, recipients) });
    const held =
      first.code === EXIT.sendFailed && rerun.code === EXIT.sendFailed && copiesBeforeForce === 1 && record.entries[0]?.outcome === 'unknown' && smtp.messages.length === 2;
    recordHostile({ kind: 'SMTP server holds its answer after DATA past the timeout', tried: 1, held: held && leaks.length === 0 ? 1 : 0, duplicateSends: dup, leaked: leaks.length });
    expect(first.code, first.stderr).toBe(EXIT.sendFailed);
    expect(first.stderr).toContain('outcome unknown for 1 recipient (a***@example.org)');
    expect(first.stderr).toContain('--force');
    expect(rerun.code).toBe(EXIT.sendFailed);
    expect(copiesBeforeForce).toBe(1);
    expect(record.entries).toMatchObject([{ date: DATE, outcome: 'unknown' }]);
    expect(leaks).toEqual([]);
    // --force decides: the counter sees the second copy it asked for.
    expect(forced.code).toBe(EXIT.sendFailed);
    expect(smtp.messages).toHaveLength(2);
  }, 120_000);

  it('does not resend a copy whose connection dropped after the final "."', async () => {
    const smtp = await server({ dropAfterData: 1 });
    const { dir } = await workspace(FAST_EMAIL);
    const recipients = ['ana@example.org', 'ben@example.org'];
    const result = await runCli([SEEDS, '--out', 'out', '--date', DATE, '--send'], { cwd: dir, env: sendEnv(smtp.url, recipients) });
    const dup = duplicates(smtp, recipients);
    const leaks = await leaksIn(dir, [result], [PASSWORD, ...recipients]);
    recordHostile({ kind: 'connection dropped after the final "." of DATA', tried: 1, held: result.code === EXIT.sendFailed && dup === 0 && smtp.messages.length === 2 && leaks.length === 0 ? 1 : 0, duplicateSends: dup, leaked: leaks.length });
    expect(result.code).toBe(EXIT.sendFailed);
    expect(smtp.messages.map((m) => m.to)).toEqual([['ana@example.org'], ['ben@example.org']]);
    expect(leaks).toEqual([]);
  }, 120_000);

  it('fails loudly (exit 3) when the sent record cannot be written, before the send or during it, and never mails twice', async () => {
    const variants: string[] = [];
    let held = 0;
    let lost = 0;
    let dup = 0;
    // 1. A folder stands where the day's sent record goes before the run: nothing may be sent.
    {
      const smtp = await server();
      const { dir, out } = await workspace(FAST_EMAIL);
      await mkdir(path.join(out, 'sent', `${DATE}.json`), { recursive: true });
      const result = await runCli([SEEDS, '--out', 'out', '--date', DATE, '--send'], { cwd: dir, env: sendEnv(smtp.url, ['ana@example.org']) });
      const ok = result.code === EXIT.sendFailed && smtp.messages.length === 0 && /sent record/u.test(result.stderr);
      if (result.code === EXIT.ok) lost += 1;
      held += ok ? 1 : 0;
      variants.push(`folder before: exit ${result.code}, ${smtp.messages.length} sent`);
    }
    // 2. The record becomes unwritable between the server's copy and the client's record of it.
    {
      const { dir, out } = await workspace(FAST_EMAIL);
      const record = path.join(out, 'sent', `${DATE}.json`);
      const smtp = await server({
        onMessage: async () => {
          await rm(record, { force: true });
          await mkdir(record, { recursive: true }).catch(() => undefined);
        },
      });
      const recipients = ['ana@example.org', 'ben@example.org'];
      const args = [SEEDS, '--out', 'out', '--date', DATE, '--send'];
      const result = await runCli(args, { cwd: dir, env: sendEnv(smtp.url, recipients) });
      const ok = result.code === EXIT.sendFailed && smtp.messages.length === 1 && /not recorded/iu.test(result.stderr) && /would go out again on a rerun/u.test(result.stderr);
      if (result.code === EXIT.ok) lost += 1;
      dup += duplicates(smtp, recipients);
      held += ok ? 1 : 0;
      variants.push(`folder during: exit ${result.code}, ${smtp.messages.length} sent`);
    }
    recordHostile({ kind: 'sent record cannot be written', tried: 2, held, lost, duplicateSends: dup });
    expect(variants).toEqual(['folder before: exit 3, 0 sent', 'folder during: exit 3, 1 sent']);
    expect({ held, lost, dup }).toEqual({ held: 2, lost: 0, dup: 0 });
  }, 120_000);

  it('writes an .eml preview that names no recipient, with or without SMTP_URL', async () => {
    const recipients = ['ana.secret@example.org', '"Roe, Jane" <jane.roe@example.org>'];
    const bare = ['ana.secret@example.org', 'jane.roe@example.org'];
    let held = 0;
    let leaked = 0;
    for (const env of [{ DIGEST_FROM: FROM, DIGEST_TO: recipients.join(', ') }, { ...sendEnv(`smtp://digest:${PASSWORD}@127.0.0.1:9`, recipients) }]) {
      const { dir, out } = await workspace();
      const result = await runCli([SEEDS, '--out', 'out', '--date', DATE], { cwd: dir, env });
      const eml = await readFile(path.join(out, `${DATE}.eml`), 'utf8');
      const leaks = await leaksIn(dir, [result], [PASSWORD, ...bare]);
      leaked += leaks.length;
      if (result.code === EXIT.ok && /^To: "?undisclosed-recipients"?:;\r$/mu.test(eml) && leaks.length === 0) held += 1;
    }
    recordHostile({ kind: '.eml preview with DIGEST_TO set (no --send, or no SMTP_URL)', tried: 2, held, leaked });
    expect({ held, leaked }).toEqual({ held: 2, leaked: 0 });
  }, 120_000);

  it('sends 500 recipients one message each, none naming another, and masks them in the log', async () => {
    const recipients = Array.from({ length: MASS_RECIPIENTS }, (_, i) => `reader-${String(i).padStart(4, '0')}@subscribers.example`);
    const refused = recipients[7]!;
    const smtp = await server({ rejectRecipients: { [refused]: 550 } });
    const { dir } = await workspace(FAST_EMAIL);
    const result = await runCli([SEEDS, '--out', 'out', '--date', DATE, '--send'], { cwd: dir, env: sendEnv(smtp.url, recipients) });
    const copies = new Map<string, number>();
    let seeOthers = 0;
    for (const message of smtp.messages) {
      for (const to of message.to) copies.set(to, (copies.get(to) ?? 0) + 1);
      const named = new Set(message.raw.toString('utf8').match(PATTERNS.massAddress) ?? []);
      if ([...named].some((address) => !message.to.includes(address))) seeOthers += 1;
    }
    const first = await simpleParser(smtp.messages[0]!.raw);
    const missing = recipients.filter((address) => address !== refused && copies.get(address) !== 1);
    const dup = duplicates(smtp, recipients);
    const leaks = await leaksIn(dir, [result], [PASSWORD, ...recipients.filter((_, i) => i % 25 === 0), refused]);
    const held = result.code === EXIT.sendFailed && missing.length === 0 && seeOthers === 0 && dup === 0 && leaks.length === 0;
    recordHostile({ kind: `${MASS_RECIPIENTS} recipients, one refused with 550`, tried: 1, held: held ? 1 : 0, duplicateSends: dup, leaked: leaks.length + seeOthers, lost: missing.length });
    expect(missing).toEqual([]);
    expect(copies.get(refused)).toBeUndefined();
    expect(seeOthers).toBe(0);
    expect(dup).toBe(0);
    expect(first.messageId).toMatch(/^<digest-2026-05-01-[0-9a-f]{12}@briefing\.example\.org>$/);
    expect(result.code).toBe(EXIT.sendFailed);
    expect(result.stderr).toContain('not delivered to r***@subscribers.example: 550 No such user here');
    expect(leaks).toEqual([]);
  }, 240_000);

  it('reads DIGEST_TO as an address list: a display name with a comma is one recipient', async () => {
    const smtp = await server();
    const { dir } = await workspace(FAST_EMAIL);
    const result = await runCli([SEEDS, '--out', 'out', '--date', DATE, '--send'], { cwd: dir, env: sendEnv(smtp.url, '"Roe, Jane" <jane@example.org>, ana@example.org') });
    const to = smtp.messages.map((m) => m.to);
    const leaks = await leaksIn(dir, [result], [PASSWORD, 'jane@example.org', 'ana@example.org']);
    recordHostile({ kind: 'DIGEST_TO with a display name holding a comma', tried: 1, held: result.code === EXIT.ok && to.length === 2 && leaks.length === 0 ? 1 : 0, leaked: leaks.length });
    expect(result.code, result.stderr).toBe(EXIT.ok);
    expect(to).toEqual([['jane@example.org'], ['ana@example.org']]);
    expect(leaks).toEqual([]);
  }, 120_000);

  it('stops on a DKIM key that does not load, or a bad SMTP_URL, before anything is built or sent (exit 2)', async () => {
    const smtp = await server();
    const variants: [string, NodeJS.ProcessEnv, RegExp][] = [
      ['DKIM key that is not a key', { ...sendEnv(smtp.url, ['ana@example.org']), DKIM_DOMAIN: 'briefing.example.org', DKIM_SELECTOR: 's1', DKIM_PRIVATE_KEY: '-----BEGIN PRIVATE KEY-----\\nAAAA\\n-----END PRIVATE KEY-----' }, /DKIM_PRIVATE_KEY: the PEM block does not load/u],
      ['SMTP_URL port 99999', sendEnv(`smtp://digest:${PASSWORD}@127.0.0.1:99999`, ['ana@example.org']), /SMTP_URL: got port 99999, expected a number from 1 to 65535/u],
    ];
    let held = 0;
    let leaked = 0;
    for (const [, env, message] of variants) {
      const { dir } = await workspace();
      const result = await runCli([SEEDS, '--out', 'out', '--date', DATE, '--send'], { cwd: dir, env });
      const leaks = await leaksIn(dir, [result], [PASSWORD, 'ana@example.org']);
      leaked += leaks.length;
      if (result.code === EXIT.usage && message.test(result.stderr) && !/^ingest/mu.test(result.stderr) && (await readdir(dir)).length === 0) held += 1;
    }
    recordHostile({ kind: 'invalid DKIM_PRIVATE_KEY, SMTP_URL with port 99999', tried: variants.length, held, leaked });
    expect(smtp.connections()).toBe(0);
    expect({ held, leaked }).toEqual({ held: variants.length, leaked: 0 });
  }, 120_000);
});

describe('hostile world: the output folder', () => {
  it('never overwrites a README.md, ledger.json or other file it did not write (--out DIR, --out . in a repository)', async () => {
    let tried = 0;
    let held = 0;
    let overwritten = 0;
    const attempt = async (dir: string, args: readonly string[]) => {
      tried += 1;
      const before = await snapshotTree(dir);
      const result = await runCli(args, { cwd: dir });
      const after = await snapshotTree(dir);
      const lost = [...before.keys()].filter((name) => !after.get(name)?.equals(before.get(name)!));
      overwritten += lost.length;
      if (result.code === EXIT.usage && /only replaces files it wrote itself/u.test(result.stderr) && changedPaths(before, after).length === 0) held += 1;
      return { result, lost };
    };
    // --out DIR where DIR holds the user's README.md.
    {
      const { dir, out } = await workspace();
      await mkdir(out);
      await writeFile(path.join(out, 'README.md'), '# My notes\n\nNot an index.\n');
      const { result } = await attempt(dir, [SEEDS, '--out', 'out', '--date', DATE]);
      expect(result.stderr).toContain('README.md is not a file actor-digest wrote');
    }
    // --out DIR with a foreign ledger.json.
    {
      const { dir, out } = await workspace();
      await mkdir(out);
      await writeFile(path.join(out, 'ledger.json'), '{"accounts": [{"name": "rent", "amount": 900}]}\n');
      await attempt(dir, [SEEDS, '--out', 'out', '--date', DATE]);
    }
    // --out . in a git repository.
    {
      const { dir } = await workspace();
      await writeFile(path.join(dir, 'README.md'), '# A project\n');
      await writeFile(path.join(dir, 'package.json'), '{"name": "a-project"}\n');
      await execFileAsync('git', ['init', '-q', dir]);
      const { result } = await attempt(dir, [SEEDS, '--out', '.', '--date', DATE]);
      expect(result.stderr).toContain('README.md is not a file actor-digest wrote');
    }
    // The tool's own index, edited by hand since: not overwritten silently either.
    {
      const { dir, out } = await workspace();
      const first = await runCli([SEEDS, '--out', 'out', '--date', DATE, '-q'], { cwd: dir });
      expect(first.code, first.stderr).toBe(EXIT.ok);
      await writeFile(path.join(out, 'README.md'), `${await readFile(path.join(out, 'README.md'), 'utf8')}\nMy own remark.\n`);
      const { result } = await attempt(dir, [SEEDS, '--out', 'out', '--date', DATE]);
      expect(result.stderr).toContain('README.md was changed since actor-digest wrote it');
    }
    recordHostile({ kind: 'output folder holds files the tool did not write (README.md, ledger.json, --out ., an edited index)', tried, held, overwritten });
    expect({ held, overwritten }).toEqual({ held: tried, overwritten: 0 });
  }, 240_000);

  it('keeps working on the repository\'s own out/, written before the manifest existed', async () => {
    const { dir, out } = await workspace();
    await cp(path.join(ROOT, 'out'), out, { recursive: true });
    // As an earlier version left it: no manifest (and no .eml, which is never committed).
    await rm(path.join(out, '.actor-digest-manifest.json'), { force: true });
    await rm(path.join(out, '2026-11-23.eml'), { force: true });
    const result = await runCli([SEEDS, '--out', 'out', '--date', '2026-11-23', '-q'], { cwd: dir });
    const manifest = JSON.parse(await readFile(path.join(out, '.actor-digest-manifest.json'), 'utf8'));
    recordHostile({ kind: 'migration: an out/ of an earlier version, without a manifest', tried: 1, held: result.code === EXIT.ok ? 1 : 0 });
    expect(result.code, result.stderr).toBe(EXIT.ok);
    expect(Object.keys(manifest.files)).toEqual(expect.arrayContaining(['2026-11-23.md', 'README.md', 'index.json', 'ledger/2026-11-23.bin']));
  }, 120_000);
});

describe('hostile world: nothing new, nothing at all', () => {
  it('sends nothing and writes nothing when every input fails (exit 5), and leaves the digest free to send', async () => {
    const smtp = await server();
    const { dir } = await workspace(FAST_EMAIL);
    await mkdir(path.join(dir, 'broken'));
    await writeFile(path.join(dir, 'broken', 'empty.txt'), '');
    await writeFile(path.join(dir, 'broken', 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    const recipients = ['ana@example.org'];
    const failed = await runCli(['broken', 'missing-folder', '--out', 'out', '--date', DATE, '--send'], { cwd: dir, env: sendEnv(smtp.url, recipients) });
    const written = await snapshotTree(path.join(dir, 'out'));
    const sentAfterFailure = smtp.messages.length;
    const working = await runCli([SEEDS, '--out', 'out', '--date', DATE, '--send'], { cwd: dir, env: sendEnv(smtp.url, recipients) });
    const held = failed.code === EXIT.allInputsFailed && written.size === 0 && sentAfterFailure === 0 && working.code === EXIT.ok && smtp.messages.length === 1;
    recordHostile({ kind: 'every input fails, with --send', tried: 1, held: held ? 1 : 0, lost: working.code === EXIT.ok && smtp.messages.length === 1 ? 0 : 1 });
    expect(failed.code, failed.stderr).toBe(EXIT.allInputsFailed);
    expect(failed.stderr).toContain('every input failed (3 of 3 rejected');
    expect(written.size).toBe(0);
    expect(sentAfterFailure).toBe(0);
    expect(working.code, working.stderr).toBe(EXIT.ok);
    expect(smtp.messages).toHaveLength(1);
  }, 120_000);

  it('changes nothing under out/ and sends nothing on a day with nothing new, and says where the last briefing is', async () => {
    const smtp = await server();
    const { dir, out } = await workspace(FAST_EMAIL);
    const recipients = ['ana@example.org'];
    const first = await runCli([SEEDS, '--out', 'out', '--date', DATE, '--send', '-q'], { cwd: dir, env: sendEnv(smtp.url, recipients) });
    expect(first.code, first.stderr).toBe(EXIT.ok);
    const before = await snapshotTree(out);
    const quiet = await runCli([SEEDS, '--out', 'out', '--date', NEXT_DATE, '--send'], { cwd: dir, env: sendEnv(smtp.url, recipients) });
    const changed = changedPaths(before, await snapshotTree(out));
    const held = quiet.code === EXIT.ok && changed.length === 0 && smtp.messages.length === 1;
    recordHostile({ kind: 'a day with nothing new, with --send', tried: 1, held: held ? 1 : 0, duplicateSends: smtp.messages.length - 1 });
    expect(quiet.code, quiet.stderr).toBe(EXIT.ok);
    expect(quiet.stderr).toContain(`nothing new since ${DATE}; last briefing: out/${DATE}.md`);
    expect(changed).toEqual([]);
    expect(smtp.messages).toHaveLength(1);

    // email.sendEmpty: a short note instead, once, and recorded apart from the digest.
    await writeFile(path.join(dir, 'digest.config.json'), JSON.stringify({ email: { ...FAST_EMAIL.email, sendEmpty: true } }));
    const note = await runCli([SEEDS, '--out', 'out', '--date', NEXT_DATE, '--send'], { cwd: dir, env: sendEnv(smtp.url, recipients) });
    const again = await runCli([SEEDS, '--out', 'out', '--date', NEXT_DATE, '--send'], { cwd: dir, env: sendEnv(smtp.url, recipients) });
    expect(note.code, note.stderr).toBe(EXIT.ok);
    expect(again.code, again.stderr).toBe(EXIT.ok);
    expect(smtp.messages).toHaveLength(2);
    const mail = await simpleParser(smtp.messages[1]!.raw);
    expect(mail.subject).toBe(`Briefing ${NEXT_DATE}: nothing new since ${DATE}`);
    expect(mail.text).toContain(`Nothing new to brief on ${NEXT_DATE} since the briefing of ${DATE}.`);
    expect((await readdir(out)).filter((name) => name.startsWith(NEXT_DATE))).toEqual([]);
  }, 180_000);
});

describe('hostile world: the lock and the command line', () => {
  it('takes over a stale lock from another host, and leaves a folder named .lock alone without leftovers', async () => {
    let held = 0;
    {
      const { dir, out } = await workspace();
      await mkdir(out);
      await writeFile(path.join(out, '.lock'), JSON.stringify({ pid: 4242, host: 'killed-runner' }) + '\n');
      const dayAgo = new Date(Date.now() - 86_400_000);
      await utimes(path.join(out, '.lock'), dayAgo, dayAgo);
      const result = await runCli([SEEDS, '--out', 'out', '--date', DATE, '--wait', '0', '-q'], { cwd: dir });
      if (result.code === EXIT.ok) held += 1;
    }
    {
      const { dir, out } = await workspace();
      await mkdir(path.join(out, '.lock'), { recursive: true });
      const result = await runCli([SEEDS, '--out', 'out', '--date', DATE, '--wait', '0', '-q'], { cwd: dir });
      const left = await readdir(out);
      if (result.code === EXIT.locked && /it is a folder/u.test(result.stderr) && left.length === 1 && (await stat(path.join(out, '.lock'))).isDirectory()) held += 1;
    }
    recordHostile({ kind: 'stale lock from another host; .lock as a folder', tried: 2, held });
    expect(held).toBe(2);
  }, 120_000);

  it('prints a message for every bad argument it refuses with exit 2', async () => {
    const { dir } = await workspace();
    await execFileAsync('mkfifo', [path.join(dir, 'fifo.json')]);
    const variants: [readonly string[], RegExp][] = [
      [['--wait', '-1'], /Cannot use --wait "-1"/u],
      [['--wait', 'abc'], /Cannot use --wait "abc"/u],
      [['--date', '2026-1-1'], /Cannot use --date "2026-1-1"/u],
      [['--config', 'fifo.json'], /got a FIFO \(named pipe\), expected a regular file/u],
    ];
    let held = 0;
    for (const [args, message] of variants) {
      const result = await runCli([...args, '--out', 'out'], { cwd: dir });
      if (result.code === EXIT.usage && message.test(result.stderr)) held += 1;
    }
    recordHostile({ kind: 'bad arguments: --wait -1, --wait abc, --date 2026-1-1, a FIFO as --config', tried: variants.length, held });
    expect(held).toBe(variants.length);
  }, 120_000);
});
