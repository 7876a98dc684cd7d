import { LEDGER_DAY_MAGICS } from './encode-ledger-day.js';

/** Bytes read from the start of a file to recognise it: every signature below sits in its first lines. */
export const RECOGNITION_HEAD_BYTES = 4_096;

const PATTERNS = {
  /** A digest output: `<date>.<ext>`. */
  dated: /^(\d{4}-\d{2}-\d{2})\.(md|html|txt|json|eml)$/u,
  /** The index as every version wrote it: the heading and the sentence, then only entries. */
  indexHead: /^# Briefings\n\nEvery digest, newest first\.\n\n/u,
  /** One line of the index list, or the empty index's paragraph. */
  indexLine: /^(?:- \[\d{4}-\d{2}-\d{2}\]\(\d{4}-\d{2}-\d{2}\.md\) — .*|No digests yet\.)$/u,
  /** A ledger day file: `ledger/<date>.bin`. */
  ledgerDay: /^ledger\/\d{4}-\d{2}-\d{2}\.bin$/u,
  /** The generator field of a digest JSON. */
  generator: /^actor-digest@\d+\.\d+\.\d+/u,
} as const;

/**
 * Whether a file in the output folder is one that an earlier version of the
 * tool wrote, for folders written before the manifest existed. Recognised
 * only by shapes no person writes by accident:
 * - `README.md`: exactly the index (its heading, its sentence, nothing but
 *   index entries), so an index someone added a paragraph to is not ours;
 * - `<date>.json`: a digest (`schemaVersion` 1, its own date, our generator);
 * - `<date>.md` and `.txt`: the briefing heading of that date on the first line;
 * - `<date>.html`: the briefing title of that date in the head;
 * - `<date>.eml`: our Message-ID for that date and our X-Mailer in the header;
 * - `ledger.json`: a ledger (version 1, entries with a fingerprint and a date);
 * - `ledger/<date>.bin`: a ledger day file (it starts with one of LEDGER_DAY_MAGICS);
 * - `index.json`: the digests' index (version 1, entries with a date, a
 *   headline and counts).
 * `text` is the whole file for README.md and the JSON files, the first
 * RECOGNITION_HEAD_BYTES otherwise.
 */
export function recogniseOwnOutput(name: string, text: string): boolean {
  if (name === 'README.md') {
    const head = PATTERNS.indexHead.exec(text);
    if (!head) return false;
    const lines = text.slice(head[0].length).split('\n');
    if (lines.at(-1) === '') lines.pop();
    return lines.length > 0 && lines.every((line) => PATTERNS.indexLine.test(line));
  }
  if (name === 'ledger.json') return isLedger(text);
  if (name === 'index.json') return isIndex(text);
  if (PATTERNS.ledgerDay.test(name)) return LEDGER_DAY_MAGICS.some((magic) => text.startsWith(magic));
  const dated = PATTERNS.dated.exec(name);
  if (!dated) return false;
  const [, date, ext] = dated;
  switch (ext) {
    case 'json':
      return isDigestJson(text, date!);
    case 'md':
      return text.startsWith(`# Briefing ${date}\n`);
    case 'txt':
      return text.startsWith(`Briefing ${date}\n`);
    case 'html':
      return text.startsWith('<!doctype html>') && text.includes(`<title>Briefing ${date}</title>`);
    default: {
      const header = text.slice(0, text.indexOf('\r\n\r\n') === -1 ? text.length : text.indexOf('\r\n\r\n'));
      return new RegExp(`^Message-ID: <digest-${date}-[0-9a-f]{12}@`, 'mu').test(header) && /^X-Mailer: actor-digest@/mu.test(header);
    }
  }
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isDigestJson(text: string, date: string): boolean {
  const data = parse(text) as { schemaVersion?: unknown; date?: unknown; generator?: unknown } | undefined;
  return typeof data === 'object' && data !== null && data.schemaVersion === 1 && data.date === date && typeof data.generator === 'string' && PATTERNS.generator.test(data.generator);
}

function isLedger(text: string): boolean {
  const data = parse(text) as { version?: unknown; entries?: unknown } | undefined;
  if (typeof data !== 'object' || data === null || data.version !== 1 || !Array.isArray(data.entries)) return false;
  return data.entries.every(
    (entry: unknown) => typeof entry === 'object' && entry !== null && typeof (entry as { fingerprint?: unknown }).fingerprint === 'string' && typeof (entry as { date?: unknown }).date === 'string',
  );
}

function isIndex(text: string): boolean {
  const data = parse(text) as { version?: unknown; digests?: unknown } | undefined;
  if (typeof data !== 'object' || data === null || data.version !== 1 || !Array.isArray(data.digests)) return false;
  return data.digests.every((entry: unknown) => {
    const { date, headline, stats } = (entry ?? {}) as { date?: unknown; headline?: unknown; stats?: unknown };
    return typeof date === 'string' && typeof headline === 'string' && typeof stats === 'object' && stats !== null;
  });
}
