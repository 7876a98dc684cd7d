import type { SendMailOptions } from 'nodemailer';
import type { EmailSettings, RecipientResult, SendReport } from '../types.js';
import { expBackoff } from './exp-backoff.js';
import { isTransientSmtpError, type SmtpErrorLike } from './is-transient-smtp-error.js';
import { parseMailbox } from './parse-mailbox.js';
import { summariseSend } from './summarise-send.js';

/** Attempts per send, the first included: with the default backoff, about a minute of retrying in all. */
const DEFAULT_ATTEMPTS = 4;
/**
 * Connect, greeting and idle-socket timeout, ms. Nodemailer's defaults (2 min,
 * 30 s, 10 min) would let one dead server hold the scheduled job for ages;
 * 30 s is generous for any mail server that works.
 */
const DEFAULT_TIMEOUT_MS = 30_000;

/** How to send, resolved by the CLI. Delays and sleep are injectable so tests stay fast. */
export interface SendOptions {
  /** `smtp://user:pass@host:587` or `smtps://user:pass@host:465`. */
  readonly smtpUrl: string;
  /** Addresses that already have this digest (from the sent record): reported, not sent to. */
  readonly skip?: readonly string[];
  /** Attempts per recipient, the first included (default 4). */
  readonly attempts?: number;
  /** Waits between attempts, ms (default `expBackoff()`: 5 s, 15 s, 45 s). */
  readonly delays?: Iterable<number>;
  /** How to wait (default setTimeout). */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Connect, greeting and socket timeout, ms (default 30000). */
  readonly timeoutMs?: number;
  /** Called after every attempt that some recipients accepted, before any retry: record them now. */
  readonly onAccepted?: (accepted: readonly string[]) => Promise<void>;
}

type NodemailerError = Error & SmtpErrorLike & { response?: string; recipient?: string; rejectedErrors?: NodemailerError[] };

/**
 * Send the digest by SMTP to every recipient in `settings.to` not in `skip`.
 * Nodemailer never retries, so this does: a connection failure or a 4xx
 * answer is retried with backoff for the recipients still pending; a 5xx
 * answer is final for the recipients it concerns. Each recipient ends
 * accepted, rejected, failed (transient to the end) or already-sent. Never
 * throws for a server's behaviour; throws only for a malformed SMTP_URL.
 */
export async function sendDigest(message: SendMailOptions, settings: EmailSettings, options: SendOptions): Promise<SendReport> {
  const server = describeServer(options.smtpUrl);
  const messageId = String(message.messageId ?? '');
  const date = message.date instanceof Date ? message.date.toISOString().slice(0, 10) : String(message.date ?? '');
  const from = parseMailbox(settings.from, 'DIGEST_FROM').address;
  const all = uniqueAddresses(settings.to.map((text) => parseMailbox(text, 'DIGEST_TO').address));
  const skip = new Set((options.skip ?? []).map((address) => address.toLowerCase()));
  const results = new Map<string, RecipientResult>();
  for (const address of all) if (skip.has(address.toLowerCase())) results.set(address, { recipient: address, status: 'already-sent' });
  let pending = all.filter((address) => !results.has(address));
  if (pending.length === 0) {
    return summariseSend({ date, messageId, recipients: [...results.values()], attempts: 0, server, recordErrors: [] });
  }

  const { default: nodemailer } = await import('nodemailer');
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const transport = nodemailer.createTransport({
    url: options.smtpUrl, connectionTimeout: timeout, greetingTimeout: timeout, socketTimeout: timeout, logger: false,
  });
  const delays = (options.delays ?? expBackoff())[Symbol.iterator]();
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const maxAttempts = options.attempts ?? DEFAULT_ATTEMPTS;
  let attempts = 0;
  let lastError: NodemailerError | undefined;
  const recordErrors: string[] = [];

  try {
    while (pending.length > 0 && attempts < maxAttempts) {
      if (attempts > 0) await sleep(delays.next().value ?? 0);
      attempts += 1;
      let rejectedErrors: NodemailerError[] = [];
      try {
        const info = await transport.sendMail({ ...message, envelope: { from, to: pending } });
        const accepted = pending.filter((address) => (info.accepted ?? []).some((a) => String(a).toLowerCase() === address.toLowerCase()));
        for (const address of accepted) results.set(address, { recipient: address, status: 'accepted', ...reply(info.response) });
        if (accepted.length > 0 && options.onAccepted) {
          await options.onAccepted(accepted).catch((error: Error) => recordErrors.push(error.message));
        }
        pending = pending.filter((address) => !accepted.includes(address));
        rejectedErrors = (info.rejectedErrors ?? []) as NodemailerError[];
      } catch (caught) {
        const error = caught as NodemailerError;
        lastError = error;
        if (error.rejectedErrors) rejectedErrors = error.rejectedErrors;
        else if (!isTransientSmtpError(error)) {
          // Refused for good before any recipient was looked at (bad login, 5xx to MAIL FROM or DATA).
          for (const address of pending) results.set(address, { recipient: address, status: 'rejected', ...reply(error.response, error.responseCode) });
          pending = [];
        }
      }
      for (const error of rejectedErrors) {
        const address = pending.find((candidate) => candidate.toLowerCase() === String(error.recipient).toLowerCase());
        if (address === undefined) continue;
        const status = isTransientSmtpError(error) ? 'failed' : 'rejected';
        results.set(address, { recipient: address, status, ...reply(error.response, error.responseCode) });
        if (status === 'rejected') pending = pending.filter((candidate) => candidate !== address);
        else lastError = error;
      }
    }
  } finally {
    transport.close();
  }
  for (const address of pending) {
    if (results.get(address)?.status !== 'failed') {
      results.set(address, { recipient: address, status: 'failed', ...reply(lastError?.response ?? lastError?.message, lastError?.responseCode) });
    }
  }
  const recipients = all.map((address) => results.get(address) ?? { recipient: address, status: 'failed' as const });
  return summariseSend({ date, messageId, recipients, attempts, server, lastError: lastError?.message, recordErrors });
}

/** Each address once (first spelling kept): a repeated DIGEST_TO entry must not mean two copies. */
function uniqueAddresses(addresses: readonly string[]): string[] {
  const seen = new Set<string>();
  return addresses.filter((address) => !seen.has(address.toLowerCase()) && Boolean(seen.add(address.toLowerCase())));
}

/** The server's answer as report fields, leaving out what is unknown. */
function reply(response: string | undefined, responseCode?: number): Pick<RecipientResult, 'response' | 'responseCode'> {
  return {
    ...(response === undefined ? {} : { response: response.trim() }),
    ...(responseCode === undefined ? {} : { responseCode }),
  };
}

/** "host:port" for messages: never the credentials in the URL. */
function describeServer(smtpUrl: string): string {
  let url: URL | undefined;
  try {
    url = new URL(smtpUrl);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') || url.hostname === '') {
    const scheme = url ? url.protocol : 'no URL';
    throw new Error(`Cannot use SMTP_URL: got ${scheme}, expected smtp://user:pass@host:587 or smtps://user:pass@host:465`);
  }
  return `${url.hostname}:${url.port || (url.protocol === 'smtps:' ? '465' : '587')}`;
}
