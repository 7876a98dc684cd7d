import type { LedgerBriefing } from '../types.js';

/** First bytes of a ledger day file this version writes: the format and its version. */
export const LEDGER_DAY_MAGIC = 'ADL2';
/** First bytes of every ledger day file version read: ADL1 (before story groups) and ADL2. */
export const LEDGER_DAY_MAGICS = ['ADL1', LEDGER_DAY_MAGIC] as const;

/** One story's row in a day file: its fingerprint and what that day briefed of it. */
export interface LedgerDayRow {
  readonly fingerprint: string;
  readonly briefing: LedgerBriefing;
}

/** Bits of a row's group byte (ADL2). */
export const GROUP_FLAGS = {
  /** The group id follows (8 bytes). */
  id: 1,
  /** The group is the one of the row before: no id stored (rows of one group are written together). */
  sameAsBefore: 2,
  /** The group's terms follow as text (the row is the group's centre; terms kept from a ledger written before hashing). */
  terms: 4,
  /** The group's terms follow as 32-bit hashes (termKey): a count byte, then 4 bytes each. */
  hashedTerms: 8,
} as const;

/** Most terms stored hashed: one count byte. */
const MAX_TERMS = 255;
/** Most bytes of terms stored as text: one length byte. */
const MAX_TERMS_BYTES = 255;
/** A term as dedupe keys it (termKey): `#` and the 8 hex digits of its hash. */
const TERM_KEY = /^#[0-9a-f]{8}$/u;

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
 * | 1 | g, the group byte (GROUP_FLAGS) |
 * | 8 | the story group's id (16 hex digits), when g has `id` |
 * | 1 | t, the group's terms, when g has `hashedTerms` |
 * | 4 t | each term's 32-bit hash (termKey, uint32 LE), heaviest first |
 *
 * Terms carried forward from a ledger written before hashing are stored as
 * text instead, when g has `terms`: one byte t and t bytes of the terms as
 * space-separated UTF-8. 12 terms took about 100 bytes a group as text, and
 * take 48 hashed, which brings a 90-day ledger of 200 articles a day from 5.1
 * MB to about 4.2 MB.
 *
 * The file starts with LEDGER_DAY_MAGIC; an ADL1 file (an earlier version)
 * has rows without the group fields. A row whose fingerprint is not 16 hex
 * digits (only a hand-written ledger has one) is left out, and so is a group
 * id of another shape. A row whose group is the one of the row before stores
 * no id: ledgerFiles writes each group's rows together, so a group of three
 * outlets' stories costs one id.
 */
export function encodeLedgerDay(rows: readonly LedgerDayRow[]): Uint8Array {
  const chunks: Buffer[] = [Buffer.from(LEDGER_DAY_MAGIC, 'latin1')];
  let before: string | undefined;
  for (const { fingerprint, briefing } of rows) {
    if (!HEX64.test(fingerprint)) continue;
    const articles = briefing.articles.filter((id) => HEX64.test(id)).slice(0, 255);
    const bins = briefing.sketch.length / 4;
    const sketch = Number.isInteger(bins) && /^[0-9a-f]*$/u.test(briefing.sketch) && bins <= 255 ? bins : 0;
    const claims = briefing.claims.filter((claim) => HEX16.test(claim)).slice(0, 0xffff);
    const group = briefing.group !== undefined && HEX64.test(briefing.group) ? briefing.group : undefined;
    const same = group !== undefined && group === before;
    const terms = storedTerms(briefing.terms);
    const flags = (group === undefined ? 0 : same ? GROUP_FLAGS.sameAsBefore : GROUP_FLAGS.id) | (terms === undefined ? 0 : terms.flag);
    const groupBytes = 1 + (flags & GROUP_FLAGS.id ? 8 : 0) + (terms === undefined ? 0 : 1 + terms.bytes.length);
    const row = Buffer.alloc(8 + 1 + 8 * articles.length + 4 + 1 + 2 * sketch + 2 + 2 * claims.length + groupBytes);
    let at = row.write(fingerprint, 0, 'hex');
    at = row.writeUInt8(articles.length, at);
    for (const id of articles) at += row.write(id, at, 'hex');
    at = row.writeUInt32LE(Math.min(briefing.shingles, 0xffffffff) >>> 0, at);
    at = row.writeUInt8(sketch, at);
    for (let i = 0; i < sketch; i++) at = row.writeUInt16LE(Number.parseInt(briefing.sketch.slice(i * 4, i * 4 + 4), 16), at);
    at = row.writeUInt16LE(claims.length, at);
    for (const claim of claims) at = row.writeUInt16LE(Number.parseInt(claim, 16), at);
    at = row.writeUInt8(flags, at);
    if (flags & GROUP_FLAGS.id) at += row.write(group!, at, 'hex');
    if (terms !== undefined) {
      at = row.writeUInt8(terms.count, at);
      terms.bytes.copy(row, at);
    }
    before = group;
    chunks.push(row);
  }
  return Buffer.concat(chunks);
}

/**
 * The terms as stored, heaviest first: as 32-bit hashes when dedupe keyed them
 * (termKey, what it writes), else as whole UTF-8 terms up to MAX_TERMS_BYTES
 * (a ledger of an earlier version carried forward); undefined when the
 * briefing has none (an empty list is stored as one).
 */
function storedTerms(terms: string | undefined): { flag: number; count: number; bytes: Buffer } | undefined {
  if (terms === undefined) return undefined;
  const list = terms.split(' ').filter(Boolean);
  if (list.every((term) => TERM_KEY.test(term))) {
    const keys = list.slice(0, MAX_TERMS);
    const bytes = Buffer.alloc(4 * keys.length);
    keys.forEach((key, i) => bytes.writeUInt32LE(Number.parseInt(key.slice(1), 16), 4 * i));
    return { flag: GROUP_FLAGS.hashedTerms, count: keys.length, bytes };
  }
  let bytes = Buffer.from(list.join(' '), 'utf8');
  while (bytes.length > MAX_TERMS_BYTES) {
    list.pop();
    bytes = Buffer.from(list.join(' '), 'utf8');
  }
  return { flag: GROUP_FLAGS.terms, count: bytes.length, bytes };
}
