import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The sent record of earlier versions, one file for every date: still read
 * (its entries count), never written again. It grew by every recipient of
 * every day and was rewritten whole after each acceptance.
 */
export const SENT_RECORD_FILE = 'sent.json';
/**
 * The sent record: one file per digest date, `sent/<date>.json` inside the
 * output folder (committed with the digests, so CI reruns see it). Each
 * acceptance rewrites only its day's file, so the cost of recording stays
 * that of one day's recipients, whatever the history.
 */
export const SENT_DIR = 'sent';

/** One recipient that accepted one digest, or may have (outcome unknown). */
export interface SentEntry {
  /** The digest date, `YYYY-MM-DD`: with the recipient and the kind, the key. */
  readonly date: string;
  /** The recipient's key (`recipientKey`: a hash, never the address). */
  readonly recipient: string;
  /** The Message-ID the server accepted, for people matching a report to a mailbox. */
  readonly messageId: string;
  /**
   * Absent when the server accepted the message. `unknown` when the whole
   * message went out and no answer came (timeout, dropped connection): it may
   * have been delivered, so it is not sent again without `--force`.
   */
  readonly outcome?: 'unknown';
  /** Absent for a digest; `nothing-new` for the note sent on an empty day (`email.sendEmpty`). */
  readonly kind?: 'nothing-new';
}

/** Every digest a server accepted (or may have), per recipient. Stored as `out/sent/<date>.json`. */
export interface SentRecord {
  /** Format version of the file. */
  readonly version: 1;
  /** Entries sorted by date, then recipient key. */
  readonly entries: readonly SentEntry[];
}

const PATTERNS = {
  date: /^\d{4}-\d{2}-\d{2}$/u,
  /** One day's record file. */
  dayFile: /^\d{4}-\d{2}-\d{2}\.json$/u,
  key: /^sha256:[0-9a-f]{16}$/u,
} as const;

/**
 * Read the sent record: for `date`, its day's file and the entries of that
 * date in the older `sent.json`; without a date, every day's file and all of
 * `sent.json` (for people and tests looking at the whole). A missing file is
 * an empty record (nothing sent yet). A damaged one throws, naming the file:
 * treating it as empty would mail every recipient again, so the send must
 * stop until someone looks.
 */
export async function readSentRecord(outDir: string, date?: string): Promise<SentRecord> {
  if (date !== undefined && !PATTERNS.date.test(date)) throw new Error(`Cannot read the sent record: got date ${JSON.stringify(date)}, expected YYYY-MM-DD`);
  const files = [path.join(outDir, SENT_RECORD_FILE)];
  if (date !== undefined) files.push(path.join(outDir, SENT_DIR, `${date}.json`));
  else {
    const names = await readdir(path.join(outDir, SENT_DIR)).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [] as string[];
      throw new Error(`Cannot read sent record ${path.join(outDir, SENT_DIR)}: ${error.message}`);
    });
    for (const name of names.filter((n) => PATTERNS.dayFile.test(n)).sort()) files.push(path.join(outDir, SENT_DIR, name));
  }
  const entries: SentEntry[] = [];
  for (const file of files) {
    for (const entry of (await readRecordFile(file)).entries) if (date === undefined || entry.date === date) entries.push(entry);
  }
  return { version: 1, entries };
}

/** One record file; a missing one is empty. */
async function readRecordFile(file: string): Promise<SentRecord> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, entries: [] };
    throw new Error(`Cannot read sent record ${file}: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`Cannot read sent record ${file}: got invalid JSON (${(error as Error).message}), expected {"version":1,"entries":[...]}; fix it, or delete it to allow resending`);
  }
  if (!isSentRecord(data)) {
    throw new Error(`Cannot read sent record ${file}: got JSON of another shape, expected {"version":1,"entries":[{date,recipient,messageId,outcome?,kind?}]}; fix it, or delete it to allow resending`);
  }
  return data;
}

function isSentRecord(data: unknown): data is SentRecord {
  if (typeof data !== 'object' || data === null) return false;
  const record = data as { version?: unknown; entries?: unknown };
  return record.version === 1 && Array.isArray(record.entries) && record.entries.every(isSentEntry);
}

function isSentEntry(entry: unknown): entry is SentEntry {
  if (typeof entry !== 'object' || entry === null) return false;
  const { date, recipient, messageId, outcome, kind } = entry as Record<string, unknown>;
  return (
    typeof date === 'string' &&
    PATTERNS.date.test(date) &&
    typeof recipient === 'string' &&
    PATTERNS.key.test(recipient) &&
    typeof messageId === 'string' &&
    (outcome === undefined || outcome === 'unknown') &&
    (kind === undefined || kind === 'nothing-new')
  );
}
