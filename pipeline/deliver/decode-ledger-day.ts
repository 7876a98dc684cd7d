import type { LedgerBriefing } from '../types.js';
import { GROUP_FLAGS, LEDGER_DAY_MAGICS, type LedgerDayRow } from './encode-ledger-day.js';

/**
 * Every 16-bit value as its 4 hex digits, built once: a 90-day ledger holds
 * about a million sentence stamps and sketch values, and one shared string per
 * value costs neither the formatting nor the memory of a million small strings.
 */
const HEX4 = Array.from({ length: 0x10000 }, (_, value) => value.toString(16).padStart(4, '0'));

/**
 * A day file of the ledger back as rows (see encodeLedgerDay for the format;
 * an ADL1 file's rows have no group), each briefing dated `date`. Throws a
 * sentence naming what is wrong when the bytes are not such a file or end
 * inside a row.
 */
export function decodeLedgerDay(bytes: Uint8Array, date: string): LedgerDayRow[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = LEDGER_DAY_MAGICS.find((candidate) => buffer.toString('latin1', 0, candidate.length) === candidate);
  if (magic === undefined) throw new Error(`not a ledger day file (it does not start with ${LEDGER_DAY_MAGICS.join(' or ')})`);
  const grouped = magic !== LEDGER_DAY_MAGICS[0];
  const rows: LedgerDayRow[] = [];
  let at = magic.length;
  let before: string | undefined;
  const need = (count: number): void => {
    if (at + count > buffer.length) throw new Error(`ends inside row ${rows.length + 1}`);
  };
  const hex = (): string => {
    need(8);
    at += 8;
    return buffer.toString('hex', at - 8, at);
  };
  while (at < buffer.length) {
    const fingerprint = hex();
    need(1);
    const articleCount = buffer.readUInt8(at++);
    const articles = Array.from({ length: articleCount }, hex);
    need(5);
    const shingles = buffer.readUInt32LE(at);
    const bins = buffer.readUInt8(at + 4);
    at += 5;
    need(2 * bins + 2);
    const values = new Array<string>(bins);
    for (let i = 0; i < bins; i++, at += 2) values[i] = HEX4[buffer.readUInt16LE(at)]!;
    const sketch = values.join('');
    const claimCount = buffer.readUInt16LE(at);
    at += 2;
    need(2 * claimCount);
    const claims = new Array<string>(claimCount);
    for (let i = 0; i < claimCount; i++, at += 2) claims[i] = HEX4[buffer.readUInt16LE(at)]!;
    let group: string | undefined;
    let terms: string | undefined;
    if (grouped) {
      need(1);
      const flags = buffer.readUInt8(at++);
      if (flags & GROUP_FLAGS.id) group = hex();
      else if (flags & GROUP_FLAGS.sameAsBefore) {
        if (before === undefined) throw new Error(`row ${rows.length + 1} continues the group of a row before it that has none`);
        group = before;
      }
      if (flags & GROUP_FLAGS.hashedTerms) {
        need(1);
        const count = buffer.readUInt8(at++);
        need(4 * count);
        const hashes = new Array<string>(count);
        for (let i = 0; i < count; i++, at += 4) hashes[i] = `#${buffer.readUInt32LE(at).toString(16).padStart(8, '0')}`;
        terms = hashes.join(' ');
      } else if (flags & GROUP_FLAGS.terms) {
        need(1);
        const length = buffer.readUInt8(at++);
        need(length);
        terms = buffer.toString('utf8', at, at + length);
        at += length;
      }
    }
    before = group;
    const briefing: LedgerBriefing = { date, articles, claims, sketch, shingles, ...(group !== undefined && { group }), ...(terms !== undefined && { terms }) };
    rows.push({ fingerprint, briefing });
  }
  return rows;
}
