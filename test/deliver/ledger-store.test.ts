import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeLedgerDay } from '../../pipeline/deliver/decode-ledger-day.js';
import { encodeLedgerDay } from '../../pipeline/deliver/encode-ledger-day.js';
import { EMPTY_LEDGER, ledgerFiles, pruneLedger, readLedger } from '../../pipeline/deliver/ledger-store.js';
import { writeFilesAtomic } from '../../pipeline/deliver/write-files-atomic.js';
import { termKey } from '../../pipeline/dedupe/term-key.js';
import type { Ledger, LedgerBriefing } from '../../pipeline/types.js';

/** Terms as dedupe hands them to the ledger: each by its key (termKey). */
const keyed = (terms: string): string => terms.split(' ').filter(Boolean).map(termKey).join(' ');

const SKETCH = Array.from({ length: 32 }, (_, i) => (i * 2011).toString(16).padStart(4, '0')).join('');

function briefing(date: string, claims: string[], articles = ['00000000000000a1']): LedgerBriefing {
  return { date, articles, claims, sketch: SKETCH, shingles: 408 };
}

/** A ledger as dedupe hands it on: entries sorted by fingerprint, briefings by date. */
function ledgerOf(rows: [string, LedgerBriefing[]][]): Ledger {
  return {
    version: 1,
    entries: rows.map(([fingerprint, briefings]) => ({
      fingerprint,
      date: briefings[0]!.date,
      lastDate: briefings[briefings.length - 1]!.date,
      title: '',
      articles: [...new Set(briefings.flatMap((b) => b.articles))].sort(),
      claims: [...new Set(briefings.flatMap((b) => b.claims))].sort(),
      briefings,
    })),
  };
}

async function store(dir: string, ledger: Ledger, date: string, legacy = false): Promise<void> {
  await mkdir(path.join(dir, 'ledger'), { recursive: true });
  await writeFilesAtomic(ledgerFiles(dir, ledger, date, legacy));
  await pruneLedger(dir, ledger);
}

describe('the ledger, one file per digest date', () => {
  it('starts empty when there is no ledger yet', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ledger-'));
    expect(await readLedger(dir, '2026-01-02')).toEqual({ ledger: EMPTY_LEDGER, legacy: false });
  });

  it('writes only the day of the run, and reads every day back into one entry per story', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ledger-'));
    const first = ledgerOf([['00000000000000f1', [briefing('2026-01-01', ['0a0b', 'ffff'])]]]);
    await store(dir, first, '2026-01-01');
    const second = ledgerOf([
      ['00000000000000f1', [briefing('2026-01-01', ['0a0b', 'ffff']), briefing('2026-01-02', ['1234'], ['00000000000000a2'])]],
      ['00000000000000f2', [briefing('2026-01-02', ['0001'])]],
    ]);
    const before = await readFile(path.join(dir, 'ledger', '2026-01-01.bin'));
    await store(dir, second, '2026-01-02');
    expect(await readFile(path.join(dir, 'ledger', '2026-01-01.bin'))).toEqual(before);
    expect((await readdir(path.join(dir, 'ledger'))).sort()).toEqual(['2026-01-01.bin', '2026-01-02.bin']);
    expect(await readLedger(dir, '2026-01-03')).toEqual({ ledger: second, legacy: false });
  });

  it('stores each briefing\'s story group and terms, and reads them back with the day', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ledger-'));
    const ledger = ledgerOf([
      ['00000000000000f1', [{ ...briefing('2026-01-01', ['0a0b']), group: 'bbbbbbbbbbbbbbbb' }]],
      ['00000000000000f2', [{ ...briefing('2026-01-01', ['0a0c']), group: 'aaaaaaaaaaaaaaaa', terms: keyed('@lisbon summit') }]],
      ['00000000000000f3', [{ ...briefing('2026-01-01', ['0a0d']), group: 'bbbbbbbbbbbbbbbb', terms: '@chile runoff' }]],
    ]);
    await store(dir, ledger, '2026-01-01');
    expect(await readLedger(dir, '2026-01-02')).toEqual({ ledger, legacy: false });
  });

  it('deletes the file of a date the ledger no longer holds (past the retention) and temporaries an interrupted run left', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ledger-'));
    await store(dir, ledgerOf([['00000000000000f1', [briefing('2026-01-01', ['0a0b'])]]]), '2026-01-01');
    await writeFile(path.join(dir, 'ledger', '.2026-04-01.bin.123.1.tmp'), 'half');
    await store(dir, ledgerOf([['00000000000000f2', [briefing('2026-04-01', ['0a0c'])]]]), '2026-04-01');
    expect(await readdir(path.join(dir, 'ledger'))).toEqual(['2026-04-01.bin']);
  });

  it('reads the single-file ledger of earlier versions, cut to what day files keep, and replaces it by day files', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ledger-'));
    const old = {
      version: 1,
      entries: [
        {
          fingerprint: '32b47fc70e04bc8a', date: '2026-01-01', lastDate: '2026-01-01', title: 'T', articles: ['caef01f243779fa6'], claims: ['1f2ec0fd495c42da'],
          briefings: [{ date: '2026-01-01', articles: ['caef01f243779fa6'], claims: ['1f2ec0fd495c42da', '1f2e000000000000'], sketch: '006a6a77'.repeat(32), shingles: 408, group: '5f0c1e2d3a4b6978', terms: '@kast runoff' }],
        },
      ],
    };
    await writeFile(path.join(dir, 'ledger.json'), JSON.stringify(old));
    const read = await readLedger(dir, '2026-01-02');
    expect(read.legacy).toBe(true);
    expect(read.ledger.entries[0]!.briefings).toEqual([
      { date: '2026-01-01', articles: ['caef01f243779fa6'], claims: ['1f2e'], sketch: '6a77'.repeat(32), shingles: 408, group: '5f0c1e2d3a4b6978', terms: '@kast runoff' },
    ]);
    // Stopped between writing the day files and deleting ledger.json: both are read, each briefing once.
    await mkdir(path.join(dir, 'ledger'));
    await writeFilesAtomic(ledgerFiles(dir, read.ledger, '2026-01-02', read.legacy));
    expect((await readLedger(dir, '2026-01-02')).ledger).toEqual(read.ledger);
    await pruneLedger(dir, read.ledger);
    expect(await readdir(dir)).toEqual(['ledger']);
    expect((await readLedger(dir, '2026-01-02')).ledger).toEqual(read.ledger);
  });

  it('sets a corrupt file aside and says so, never dropping it silently, and reads the rest', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ledger-'));
    const kept = ledgerOf([['00000000000000f1', [briefing('2026-01-01', ['0a0b'])]]]);
    await store(dir, kept, '2026-01-01');
    await writeFile(path.join(dir, 'ledger', '2026-01-02.bin'), 'ADL2\u0000\u0001');
    await writeFile(path.join(dir, 'ledger.json'), '{"version": 2, "entries": []}');
    const read = await readLedger(dir, '2026-01-03');
    expect(read.ledger).toEqual(kept);
    expect(read.warning).toMatch(/ledger\.json is corrupt \(version 2, expected 1\)/u);
    expect(read.warning).toMatch(/2026-01-02\.bin is corrupt \(ends inside row 1\); set aside as .*2026-01-02\.bin\.corrupt-2026-01-03/u);
    expect((await readdir(path.join(dir, 'ledger'))).sort()).toEqual(['2026-01-01.bin', '2026-01-02.bin.corrupt-2026-01-03']);
    // By the names the output manifest knows them, so that it forgets them.
    expect(read.setAside).toEqual(['ledger.json', 'ledger/2026-01-02.bin']);
  });

  it('never replaces an earlier set-aside copy: a second corrupt file of the same name gets a numbered name', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ledger-'));
    await writeFile(path.join(dir, 'ledger.json'), 'first');
    await readLedger(dir, '2026-01-03');
    await writeFile(path.join(dir, 'ledger.json'), 'second');
    const read = await readLedger(dir, '2026-01-03');
    expect(read.warning).toMatch(/set aside as .*ledger\.json\.corrupt-2026-01-03-2$/u);
    expect(await readFile(path.join(dir, 'ledger.json.corrupt-2026-01-03'), 'utf8')).toBe('first');
    expect(await readFile(path.join(dir, 'ledger.json.corrupt-2026-01-03-2'), 'utf8')).toBe('second');
    expect((await readdir(dir)).sort()).toEqual(['ledger.json.corrupt-2026-01-03', 'ledger.json.corrupt-2026-01-03-2']);
  });
});

describe('a ledger day file', () => {
  it('round-trips rows, and stores a 55-sentence story in about 200 bytes', () => {
    const claims = Array.from({ length: 55 }, (_, i) => (i * 1193).toString(16).padStart(4, '0'));
    const rows = [{ fingerprint: 'a5a11ddab515c227', briefing: briefing('2026-01-01', claims, ['7e8bc134f7d32d0c']) }];
    const bytes = encodeLedgerDay(rows);
    expect(decodeLedgerDay(bytes, '2026-01-01')).toEqual(rows);
    expect(bytes.length).toBeLessThan(210);
  });

  it('round-trips each story\'s group and the group centre\'s terms, storing a group\'s id once for its rows together', () => {
    const grouped = (group: string, terms?: string): LedgerBriefing => ({ ...briefing('2026-01-01', ['0a0b']), group, ...(terms !== undefined && { terms }) });
    const rows = [
      { fingerprint: '00000000000000f1', briefing: grouped('1111111111111111', keyed('@chile @kast runoff ballot señora')) },
      { fingerprint: '00000000000000f2', briefing: grouped('1111111111111111') },
      { fingerprint: '00000000000000f3', briefing: grouped('2222222222222222', '') },
      { fingerprint: '00000000000000f4', briefing: briefing('2026-01-01', ['0a0b']) },
    ];
    const bytes = encodeLedgerDay(rows);
    expect(decodeLedgerDay(bytes, '2026-01-01')).toEqual(rows);
    const ungrouped = encodeLedgerDay(rows.map(({ fingerprint }) => ({ fingerprint, briefing: briefing('2026-01-01', ['0a0b']) })));
    // Two ids (8 bytes each), one count byte per centre and 4 bytes a term, nothing for the second row of group 1.
    expect(bytes.length - ungrouped.length).toBe(2 * 8 + 2 + 4 * 5);
  });

  it('stores keyed terms as hashes that meet the same terms of a later day, heaviest first', () => {
    const terms = Array.from({ length: 12 }, (_, i) => `term${String(i).padStart(3, '0')}`).join(' ');
    const [row] = decodeLedgerDay(encodeLedgerDay([{ fingerprint: '00000000000000f1', briefing: { ...briefing('2026-01-01', []), group: '1111111111111111', terms: keyed(terms) } }]), '2026-01-01');
    expect(row!.briefing.terms!.split(' ')).toEqual(terms.split(' ').map(termKey));
    expect(row!.briefing.terms!.split(' ').map(termKey)).toEqual(terms.split(' ').map(termKey));
    expect(new Set(row!.briefing.terms!.split(' ')).size).toBe(12);
  });

  it('keeps terms carried forward as text (a ledger of an earlier version) as whole terms within 255 bytes, heaviest first', () => {
    const terms = Array.from({ length: 40 }, (_, i) => `term${String(i).padStart(3, '0')}`).join(' ');
    const [row] = decodeLedgerDay(encodeLedgerDay([{ fingerprint: '00000000000000f1', briefing: { ...briefing('2026-01-01', []), group: '1111111111111111', terms } }]), '2026-01-01');
    expect(Buffer.byteLength(row!.briefing.terms!)).toBeLessThanOrEqual(255);
    expect(terms.startsWith(`${row!.briefing.terms!} `)).toBe(true);
  });

  it('reads the terms of a day file written before hashing, as text', () => {
    const row = Buffer.alloc(8 + 1 + 4 + 1 + 2 + 1 + 8 + 1 + 12);
    let at = row.write('00000000000000f1', 0, 'hex');
    at = row.writeUInt8(0, at);
    at = row.writeUInt32LE(408, at);
    at = row.writeUInt8(0, at);
    at = row.writeUInt16LE(0, at);
    at = row.writeUInt8(1 | 4, at);
    at += row.write('1111111111111111', at, 'hex');
    at = row.writeUInt8(12, at);
    row.write('@kast runoff', at, 'utf8');
    const [read] = decodeLedgerDay(Buffer.concat([Buffer.from('ADL2', 'latin1'), row]), '2026-01-01');
    expect(read!.briefing.terms).toBe('@kast runoff');
  });

  it('reads a day file of the version before story groups (ADL1), its rows without a group', () => {
    const row = Buffer.alloc(8 + 1 + 8 + 4 + 1 + 2 + 2);
    let at = row.write('00000000000000f1', 0, 'hex');
    at = row.writeUInt8(1, at);
    at += row.write('00000000000000a1', at, 'hex');
    at = row.writeUInt32LE(408, at);
    at = row.writeUInt8(0, at);
    at = row.writeUInt16LE(1, at);
    row.writeUInt16LE(0x0a0b, at);
    const old = Buffer.concat([Buffer.from('ADL1', 'latin1'), row]);
    expect(decodeLedgerDay(old, '2026-01-01')).toEqual([{ fingerprint: '00000000000000f1', briefing: { date: '2026-01-01', articles: ['00000000000000a1'], claims: ['0a0b'], sketch: '', shingles: 408 } }]);
  });

  it('refuses bytes that are not a day file, with the reason', () => {
    expect(() => decodeLedgerDay(Buffer.from('{"version":1}'), '2026-01-01')).toThrow(/not a ledger day file/u);
  });
});
