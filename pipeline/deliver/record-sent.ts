import path from 'node:path';
import { readSentRecord, SENT_RECORD_FILE, type SentEntry, type SentRecord } from './read-sent-record.js';
import { recipientKey } from './recipient-key.js';
import { writeFileAtomic } from './write-file-atomic.js';

/**
 * Add the recipients that accepted a digest to `<outDir>/sent.json` and write
 * it atomically. Re-reads the file first, so entries written by an earlier
 * attempt of the same run are kept. Idempotent: a recipient already recorded
 * for the date keeps its entry (the first Message-ID it accepted).
 */
export async function recordSent(
  outDir: string,
  date: string,
  messageId: string,
  accepted: readonly string[],
): Promise<SentRecord> {
  const current = await readSentRecord(outDir);
  const byKey = new Map<string, SentEntry>(current.entries.map((entry) => [`${entry.date} ${entry.recipient}`, entry]));
  for (const address of accepted) {
    const recipient = recipientKey(address);
    const key = `${date} ${recipient}`;
    if (!byKey.has(key)) byKey.set(key, { date, recipient, messageId });
  }
  const entries = [...byKey.values()].sort(
    (a, b) => a.date.localeCompare(b.date) || a.recipient.localeCompare(b.recipient),
  );
  const record: SentRecord = { version: 1, entries };
  await writeFileAtomic(path.join(outDir, SENT_RECORD_FILE), `${JSON.stringify(record, null, 2)}\n`);
  return record;
}
