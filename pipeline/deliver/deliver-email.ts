import { mkdir, open, rm, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SendReport } from '../types.js';
import { buildMessage, type EmailInput } from './build-message.js';
import { classifyRecipients } from './classify-recipients.js';
import { parseMailbox } from './parse-mailbox.js';
import { readSentRecord, SENT_DIR } from './read-sent-record.js';
import { recordSent } from './record-sent.js';
import { sendDigest, type SendOptions } from './send-digest.js';
import { writeEmlPreview } from './write-eml-preview.js';

/** Where and how to deliver, resolved by the CLI. */
export interface DeliverEmailOptions {
  /** The output folder: `<date>.eml` and the sent record (`sent/<date>.json`) live there. */
  readonly outDir: string;
  /** SMTP_URL; without it (or without `--send`) the message is written as `<date>.eml` instead. */
  readonly smtpUrl?: string | undefined;
  /** Send even to recipients the sent record says already have this digest, or may have it (unknown). */
  readonly force?: boolean;
  /** Retry tuning (attempts, delays, sleep, timeout). */
  readonly retry?: Pick<SendOptions, 'attempts' | 'delays' | 'sleep' | 'timeoutMs'>;
}

/**
 * The whole email step: build the messages, then either write the `.eml`
 * preview (no SMTP_URL; it names no recipient) or send one message per
 * recipient the sent record does not list yet (all with `force`), recording
 * each acceptance, and each unknown outcome, as it happens. Before anything is
 * sent, the sent record must read and write back: a damaged or unwritable
 * record stops the send (status `failed`) rather than risk mailing everyone
 * twice. Throws only for bad settings (see buildMessage).
 */
export async function deliverEmail(input: EmailInput, options: DeliverEmailOptions): Promise<SendReport> {
  const { date } = input.digest;
  if (options.smtpUrl === undefined || options.smtpUrl === '') return writeEmlPreview(buildMessage(input), options.outDir, date);

  const kind = input.kind ?? 'digest';
  const messageId = String(buildMessage(input).messageId);
  const recipients = input.settings.to.map((text) => parseMailbox(text, 'DIGEST_TO').address);
  let classes;
  try {
    classes = classifyRecipients(await readSentRecord(options.outDir, date), date, recipients, { force: options.force ?? false, kind });
    if (classes.due.length > 0) await proveWritable(options.outDir, date);
  } catch (error) {
    return {
      status: 'failed',
      date,
      messageId,
      recipients: recipients.map((recipient) => ({ recipient, status: 'failed', response: 'not sent: the sent record cannot be read or written' })),
      attempts: 0,
      error: `${(error as Error).message}. Nothing was sent: a copy that cannot be recorded would go out again on the rerun`,
    };
  }
  return sendDigest(input, {
    ...options.retry,
    smtpUrl: options.smtpUrl,
    skip: classes.alreadySent,
    unknown: classes.unknown,
    onOutcome: async (address, outcome, copyId) => {
      await recordSent(options.outDir, date, [{ address, messageId: copyId, outcome }], kind);
    },
  });
}

/**
 * Show that the sent record can be written, before the first message: an
 * existing record is written back; otherwise a probe file is created and
 * removed where the record will go (named like any temporary file, so a
 * killed run's probe is cleared by the next run).
 */
async function proveWritable(outDir: string, date: string): Promise<void> {
  const dir = path.join(outDir, SENT_DIR);
  const file = path.join(dir, `${date}.json`);
  const exists = await stat(file).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
  if (exists) {
    await recordSent(outDir, date, []);
    return;
  }
  // A folder made only for the probe goes again: a send that records nothing leaves nothing.
  const made = await mkdir(dir, { recursive: true });
  const probe = path.join(dir, `.${date}.json.${process.pid}.0.tmp`);
  try {
    const handle = await open(probe, 'wx');
    try {
      await handle.writeFile('{}\n');
      await handle.sync();
    } finally {
      await handle.close();
      await rm(probe, { force: true });
    }
  } finally {
    if (made !== undefined) await rmdir(dir).catch(() => undefined);
  }
}
