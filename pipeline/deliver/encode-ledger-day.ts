import type { LedgerBriefing } from '../types.js';

/** First bytes of a ledger day file: the format and its version. */
export const LEDGER_DAY_MAGIC = 'ADL1';

/** One story's row in a day file: its fingerprint and what that day briefed of it. */
export interface LedgerDayRow {
  readonly fingerprint: string;
  readonly briefing: LedgerBriefing;
}

const HEX64 = /^[0-9a-f]{16}$/u;
const HEX16 = /^[0-9a-f]{4}$/u;

/**
 * A day of the ledger as bytes (`out/ledger/<date>.bin`), rows in the order
 * given. Binary because the ledger is mostly hashes, which text would store
 * at twice their size (hex) or a third more (base64); per row:
 *
 * | bytes | field |
 * | --- | --- |
 * | 8 | story fingerprint (16 hex digits) |
 * | 1 | n, article ids stored (up to 255) |
 * | 8 n | article ids (16 hex digits each; ids of another shape are left out: only the sketch then recognises a later copy) |
 * | 4 | shingles of the canonical body (uint32, little-endian) |
 * | 1 | b, sketch bins |
 * | 2 b | sketch values (low 16 bits of each MinHash bin, uint16 LE) |
 * | 2 | c, claims (uint16 LE) |
 * | 2 c | claim stamps (first 4 hex digits of each sentence id, uint16 LE) |
 *
 * The file starts with LEDGER_DAY_MAGIC. A row whose fingerprint is not 16
 * hex digits (only a hand-written ledger has one) is left out.
 */
export function encodeLedgerDay(rows: readonly LedgerDayRow[]): Uint8Array {
  const chunks: Buffer[] = [Buffer.from(LEDGER_DAY_MAGIC, 'latin1')];
  for (const { fingerprint, briefing } of rows) {
    if (!HEX64.test(fingerprint)) continue;
    const articles = briefing.articles.filter((id) => HEX64.test(id)).slice(0, 255);
    const bins = briefing.sketch.length / 4;
    const sketch = Number.isInteger(bins) && /^[0-9a-f]*$/u.test(briefing.sketch) && bins <= 255 ? bins : 0;
    const claims = briefing.claims.filter((claim) => HEX16.test(claim)).slice(0, 0xffff);
    const row = Buffer.alloc(8 + 1 + 8 * articles.length + 4 + 1 + 2 * sketch + 2 + 2 * claims.length);
    let at = row.write(fingerprint, 0, 'hex');
    at = row.writeUInt8(articles.length, at);
    for (const id of articles) at += row.write(id, at, 'hex');
    at = row.writeUInt32LE(Math.min(briefing.shingles, 0xffffffff) >>> 0, at);
    at = row.writeUInt8(sketch, at);
    for (let i = 0; i < sketch; i++) at = row.writeUInt16LE(Number.parseInt(briefing.sketch.slice(i * 4, i * 4 + 4), 16), at);
    at = row.writeUInt16LE(claims.length, at);
    for (const claim of claims) at = row.writeUInt16LE(Number.parseInt(claim, 16), at);
    chunks.push(row);
  }
  return Buffer.concat(chunks);
}
