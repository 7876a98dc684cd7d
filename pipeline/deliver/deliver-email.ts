import type { SendReport } from '../types.js';
import { buildMessage, type EmailInput } from './build-message.js';
import { parseMailbox } from './parse-mailbox.js';
import { readSentRecord } from './read-sent-record.js';
import { recordSent } from './record-sent.js';
import { sendDigest, type SendOptions } from './send-digest.js';
import { unsentRecipients } from './unsent-recipients.js';
import { writeEmlPreview } from './write-eml-preview.js';

/** Where and how to deliver, resolved by the CLI. */
export interface DeliverEmailOptions {
  /** The output folder: `<date>.eml` and `sent.json` live there. */
  readonly outDir: string;
  /** SMTP_URL; without it (or without `--send`) the message is written as `<date>.eml` instead. */
  readonly smtpUrl?: string | undefined;
  /** Send even to recipients the sent record says already have this digest. */
  readonly force?: boolean;
  /** Retry tuning (attempts, delays, sleep, timeout), mostly for tests. */
  readonly retry?: Pick<SendOptions, 'attempts' | 'delays' | 'sleep' | 'timeoutMs'>;
}

/**
 * The whole email step: build the message, then either write the `.eml`
 * preview (no SMTP_URL) or send it to the recipients the sent record does not
 * list yet (all with `force`), recording each acceptance as it happens. A
 * damaged sent record stops the send (status `failed`) rather than risk
 * mailing everyone twice. Throws only for bad settings (see buildMessage).
 */
export async function deliverEmail(input: EmailInput, options: DeliverEmailOptions): Promise<SendReport> {
  const message = buildMessage(input);
  const { date } = input.digest;
  if (options.smtpUrl === undefined || options.smtpUrl === '') return writeEmlPreview(message, options.outDir, date);

  const messageId = String(message.messageId);
  const recipients = input.settings.to.map((text) => parseMailbox(text, 'DIGEST_TO').address);
  let unsent: string[];
  try {
    unsent = unsentRecipients(await readSentRecord(options.outDir), date, recipients, options.force ?? false);
  } catch (error) {
    return { status: 'failed', date, messageId, recipients: recipients.map((recipient) => ({ recipient, status: 'failed' })), attempts: 0, error: (error as Error).message };
  }
  return sendDigest(message, input.settings, {
    ...options.retry,
    smtpUrl: options.smtpUrl,
    skip: recipients.filter((address) => !unsent.includes(address)),
    onAccepted: async (accepted) => {
      await recordSent(options.outDir, date, messageId, accepted);
    },
  });
}
