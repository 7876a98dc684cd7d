import type { RecipientResult, SendReport } from '../types.js';
import { buildMessage, type EmailInput } from './build-message.js';
import { composeEml } from './compose-eml.js';
import { expBackoff } from './exp-backoff.js';
import { isTransientSmtpError } from './is-transient-smtp-error.js';
import { parseMailbox } from './parse-mailbox.js';
import { openSmtpSession, type SmtpFailure, type SmtpSession } from './smtp-session.js';
import { parseSmtpUrl } from './parse-smtp-url.js';
import { summariseSend } from './summarise-send.js';

/** Attempts per recipient, the first included: with the default backoff, about a minute of retrying in all. */
const DEFAULT_ATTEMPTS = 4;
/**
 * Connect, greeting and idle-socket timeout, ms. Nodemailer's defaults (2 min,
 * 30 s, 10 min) would let one dead server hold the scheduled job for ages;
 * 30 s is generous for any mail server that works. It also bounds the wait
 * for the answer to a message's final "." (RFC 5321 allows the server 10
 * minutes): past it, the outcome is unknown and is never retried.
 */
export const DEFAULT_SMTP_TIMEOUT_MS = 30_000;

/** How to send, resolved by the CLI. Delays and sleep are injectable so tests stay fast. */
export interface SendOptions {
  /** `smtp://user:pass@host:587` or `smtps://user:pass@host:465`. */
  readonly smtpUrl: string;
  /** Addresses that already have this digest (from the sent record): reported, not sent to. */
  readonly skip?: readonly string[];
  /** Addresses whose copy went out in full on an earlier run with no answer: reported as unknown, not sent to. */
  readonly unknown?: readonly string[];
  /** Attempts per recipient, the first included (default 4). */
  readonly attempts?: number;
  /** Waits between rounds of attempts, ms (default `expBackoff()`: 5 s, 15 s, 45 s). */
  readonly delays?: Iterable<number>;
  /** How to wait (default setTimeout). */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Connect, greeting and socket timeout, ms (default 30000). */
  readonly timeoutMs?: number;
  /**
   * Records one recipient's copy, before anything else is sent: `unknown`
   * just before its last byte goes out (from then on the server may accept
   * it), then `accepted` on the server's 2xx, or `refused` when the server
   * refused it after all (undoing the `unknown`). If it throws, sending stops
   * (a copy that cannot be recorded could go out again on the rerun) and the
   * report says `unrecorded`.
   */
  readonly onOutcome?: (address: string, outcome: 'accepted' | 'unknown' | 'refused', messageId: string) => Promise<void>;
}

/**
 * Send the digest by SMTP, one message per recipient in `settings.to` that is
 * not skipped, each with only its own address in To, over one connection
 * (opened again when the server drops it). Nodemailer never retries, so this
 * does, in rounds with backoff, for the recipients still pending:
 * 1. a connection failure, or a 4xx answer, before the whole message went
 *    out: the server cannot have accepted it, so it is retried;
 * 2. a 5xx answer: final for that recipient (for all, when it refused the login);
 * 3. no answer after the whole message went out (timeout, dropped connection):
 *    the server may have accepted it (RFC 5321 section 4.5.3.2.6 gives it 10
 *    minutes), so the outcome is `unknown` and it is never sent again here.
 * Each recipient ends accepted, rejected, failed, unknown or already-sent.
 * Never throws for a server's behaviour; throws only for a malformed SMTP_URL
 * or bad settings.
 */
export async function sendDigest(input: EmailInput, options: SendOptions): Promise<SendReport> {
  const server = parseSmtpUrl(options.smtpUrl);
  const { settings } = input;
  const date = input.digest.date;
  const previewId = String(buildMessage(input).messageId ?? '');
  const from = parseMailbox(settings.from, 'DIGEST_FROM').address;
  const mailboxes = uniqueMailboxes(settings.to);
  const results = new Map<string, RecipientResult>();
  const skip = new Set((options.skip ?? []).map((address) => address.toLowerCase()));
  const unknownBefore = new Set((options.unknown ?? []).map((address) => address.toLowerCase()));
  for (const { address } of mailboxes) {
    if (skip.has(address.toLowerCase())) results.set(address, { recipient: address, status: 'already-sent' });
    else if (unknownBefore.has(address.toLowerCase())) {
      results.set(address, { recipient: address, status: 'unknown', response: 'an earlier run sent it and never learnt (or never recorded) whether the server accepted it' });
    }
  }
  let pending = mailboxes.filter(({ address }) => !results.has(address));
  const recordErrors: string[] = [];
  const outcome = { date, messageId: previewId, server: server.label, recordErrors };
  if (pending.length === 0) return summariseSend({ ...outcome, recipients: [...results.values()], attempts: 0 });

  const delays = (options.delays ?? expBackoff())[Symbol.iterator]();
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const maxAttempts = options.attempts ?? DEFAULT_ATTEMPTS;
  const timeoutMs = options.timeoutMs ?? DEFAULT_SMTP_TIMEOUT_MS;
  let attempts = 0;
  let lastError: string | undefined;
  let stopped = false;
  let session: SmtpSession | undefined;
  const settle = (address: string, result: Omit<RecipientResult, 'recipient'>) => {
    results.set(address, { recipient: address, ...result });
    pending = pending.filter((mailbox) => mailbox.address !== address);
  };

  try {
    while (pending.length > 0 && attempts < maxAttempts && !stopped) {
      if (attempts > 0) await sleep(delays.next().value ?? 0);
      attempts += 1;
      for (const mailbox of [...pending]) {
        if (session === undefined) {
          try {
            session = await openSmtpSession(server.options, timeoutMs);
          } catch (caught) {
            const error = caught as SmtpFailure;
            lastError = error.message;
            // Refused for good before any message (bad login, bad certificate): the same for everyone.
            if (!isTransientSmtpError(error)) for (const { address } of pending) settle(address, { status: 'rejected', ...reply(error.response ?? error.message, error.responseCode) });
            break;
          }
        }
        const message = buildMessage(input, mailbox.text);
        const messageId = String(message.messageId);
        // A failure to record stops the send (the 'unknown' one is reported as 'uncommitted' below).
        const record = async (outcome: 'accepted' | 'unknown' | 'refused'): Promise<void> => {
          try {
            await options.onOutcome?.(mailbox.address, outcome, messageId);
          } catch (error) {
            if (outcome !== 'unknown') {
              recordErrors.push((error as Error).message);
              stopped = true;
            }
            throw error;
          }
        };
        // Recorded as unknown before the last byte goes out: a kill from then on leaves the
        // record saying the copy may have arrived, so no rerun sends it twice.
        const sent = await session.send({ from, to: [mailbox.address] }, await composeEml(message), () => record('unknown'));
        if (!sent.sessionUsable) {
          session.close();
          session = undefined;
        }
        if (sent.kind === 'uncommitted') {
          recordErrors.push(sent.error.message);
          stopped = true;
          break;
        }
        if (sent.kind === 'accepted' || sent.kind === 'unknown') {
          settle(mailbox.address, { status: sent.kind, messageId, ...reply(sent.kind === 'accepted' ? sent.response : `no answer after the message was sent: ${sent.error.message}`) });
          if (sent.kind === 'unknown') continue;
          try {
            await record('accepted');
          } catch {
            break;
          }
          continue;
        }
        const error = sent.error;
        lastError = error.message;
        // The copy was about to be complete but the server refused it (or the connection failed
        // without an end of data): not delivered, so the record must not keep it as unknown.
        if (sent.committed) {
          try {
            await record('refused');
          } catch {
            break;
          }
        }
        if (error.responseCode !== undefined) {
          if (isTransientSmtpError(error)) results.set(mailbox.address, { recipient: mailbox.address, status: 'failed', messageId, ...reply(error.response, error.responseCode) });
          else settle(mailbox.address, { status: 'rejected', messageId, ...reply(error.response, error.responseCode) });
        } else if (!isTransientSmtpError(error)) {
          for (const { address } of pending) settle(address, { status: 'rejected', ...reply(error.message) });
          break;
        }
      }
    }
  } finally {
    session?.quit();
  }
  // Includes the copy whose record failed before its last byte: it was never completed.
  const stopReason = 'not sent: sending stopped because the sent record could not be written';
  for (const { address } of pending) {
    const earlier = results.get(address);
    if (stopped) results.set(address, { recipient: address, status: 'failed', response: stopReason });
    else if (earlier?.status !== 'failed') results.set(address, { recipient: address, status: 'failed', ...reply(lastError) });
  }
  const recipients = mailboxes.map(({ address }) => results.get(address) ?? { recipient: address, status: 'failed' as const });
  return summariseSend({ ...outcome, recipients, attempts, lastError });
}

/** Each address once (first spelling kept): a repeated DIGEST_TO entry must not mean two copies. */
function uniqueMailboxes(entries: readonly string[]): { text: string; address: string }[] {
  const seen = new Set<string>();
  const mailboxes: { text: string; address: string }[] = [];
  for (const text of entries) {
    const { address } = parseMailbox(text, 'DIGEST_TO');
    if (seen.has(address.toLowerCase())) continue;
    seen.add(address.toLowerCase());
    mailboxes.push({ text, address });
  }
  return mailboxes;
}

/** The server's answer as report fields, leaving out what is unknown. */
function reply(response: string | undefined, responseCode?: number): Pick<RecipientResult, 'response' | 'responseCode'> {
  return {
    ...(response === undefined ? {} : { response: response.trim() }),
    ...(responseCode === undefined ? {} : { responseCode }),
  };
}
