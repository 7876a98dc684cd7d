import path from 'node:path';
import type { SendMailOptions } from 'nodemailer';
import type { SendReport } from '../types.js';
import { composeEml } from './compose-eml.js';
import { writeFileAtomic } from './write-file-atomic.js';

const PATTERNS = {
  /** The digest date is the file name: nothing else may choose where the file goes. */
  date: /^\d{4}-\d{2}-\d{2}$/u,
} as const;

/**
 * Without SMTP settings, write the message that would have been sent as
 * `<outDir>/<date>.eml` (opens in any mail client). Same message, same bytes:
 * buildMessage fixes the Date, Message-ID and boundaries.
 */
export async function writeEmlPreview(message: SendMailOptions, outDir: string, date: string): Promise<SendReport> {
  if (!PATTERNS.date.test(date)) {
    throw new Error(`Cannot write the .eml preview: got date ${JSON.stringify(date)}, expected YYYY-MM-DD`);
  }
  const emlPath = path.join(outDir, `${date}.eml`);
  await writeFileAtomic(emlPath, await composeEml(message));
  return { status: 'preview', date, messageId: String(message.messageId ?? ''), recipients: [], attempts: 0, emlPath };
}
