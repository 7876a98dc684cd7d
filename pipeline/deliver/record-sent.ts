import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { readSentRecord, SENT_DIR, type SentEntry, type SentRecord } from './read-sent-record.js';
import { recipientKey } from './recipient-key.js';
import { writeFileAtomic } from './write-file-atomic.js';

/** What the server did with one recipient's copy, as the sent record keeps it. */
export interface SentOutcome {
  /** The bare address (stored only as its hash). */
  readonly address: string;
  /** The Message-ID of the copy. */
  readonly messageId: string;
  /**
   * `accepted`; `unknown` when the copy is about to be complete, or went out
   * whole with no answer; `refused` when the server refused it after all,
   * which removes an `unknown` entry (never an acceptance).
   */
  readonly outcome: 'accepted' | 'unknown' | 'refused';
}

/**
 * Add outcomes for the digest (or nothing-new note) of `date` to that day's
 * record, `<outDir>/sent/<date>.json`, and write it atomically. Re-reads the
 * record first (the day's file and that date's entries in an older
 * `sent.json`), so entries written by an earlier attempt are kept. An acceptance replaces an
 * unknown outcome; otherwise the first entry for a recipient stays (the first
 * Message-ID it accepted). With no outcomes it rewrites the record as it is,
 * which proves it can be written before anything is sent. Throws when the
 * record cannot be read or written: the caller must stop sending then.
 */
export async function recordSent(
  outDir: string,
  date: string,
  outcomes: readonly SentOutcome[],
  kind: 'digest' | 'nothing-new' = 'digest',
): Promise<SentRecord> {
  const current = await readSentRecord(outDir, date);
  const keyOf = (entry: Pick<SentEntry, 'date' | 'recipient' | 'kind'>) => `${entry.date} ${entry.kind ?? 'digest'} ${entry.recipient}`;
  const byKey = new Map<string, SentEntry>(current.entries.map((entry) => [keyOf(entry), entry]));
  for (const { address, messageId, outcome } of outcomes) {
    if (outcome === 'refused') {
      const key = keyOf({ date, recipient: recipientKey(address), ...(kind === 'nothing-new' ? { kind } : {}) });
      if (byKey.get(key)?.outcome === 'unknown') byKey.delete(key);
      continue;
    }
    const entry: SentEntry = {
      date,
      recipient: recipientKey(address),
      messageId,
      ...(outcome === 'unknown' ? { outcome } : {}),
      ...(kind === 'nothing-new' ? { kind } : {}),
    };
    const existing = byKey.get(keyOf(entry));
    if (existing === undefined || (existing.outcome === 'unknown' && outcome === 'accepted')) byKey.set(keyOf(entry), entry);
  }
  const entries = [...byKey.values()].sort(
    (a, b) => a.date.localeCompare(b.date) || (a.kind ?? '').localeCompare(b.kind ?? '') || a.recipient.localeCompare(b.recipient),
  );
  const record: SentRecord = { version: 1, entries };
  await mkdir(path.join(outDir, SENT_DIR), { recursive: true });
  await writeFileAtomic(path.join(outDir, SENT_DIR, `${date}.json`), `${JSON.stringify(record, null, 2)}\n`);
  return record;
}
