import { link, readdir, readFile, rm, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Ledger, LedgerBriefing, LedgerEntry } from '../types.js';
import { decodeLedgerDay } from './decode-ledger-day.js';
import { encodeLedgerDay } from './encode-ledger-day.js';
import { TEMPORARY_FILE, type FileToWrite } from './write-files-atomic.js';

/**
 * The ledger's folder inside the output folder: one file per digest date,
 * `ledger/<date>.bin`, written by that date's run and never changed by a later
 * one, so a day adds one small file to the repository instead of rewriting
 * the whole history. Files older than the retention are deleted.
 */
export const LEDGER_DIR = 'ledger';

/** The single-file ledger of earlier versions: read while present, replaced by day files at the next run. */
export const LEGACY_LEDGER_FILE = 'ledger.json';

/** An empty ledger, for a first run. */
export const EMPTY_LEDGER: Ledger = { version: 1, entries: [] };

/** Hex digits of a sentence id the ledger keeps (see dedupe's ledger-claim.ts). */
const CLAIM_HEX = 4;
/** Hex digits of a sketch value the ledger keeps (16 bits). */
const SKETCH_HEX = 4;

const REGEXPS = {
  dayFile: /^(\d{4}-\d{2}-\d{2})\.bin$/u,
  legacySketch: /^(?:[0-9a-f]{8})+$/u,
  /** A story group's id as the day files store it (16 hex digits). */
  groupId: /^[0-9a-f]{16}$/u,
} as const;

/** The ledger as read: warnings for files set aside, and whether the single-file ledger of earlier versions was among what was read. */
export interface LedgerRead {
  readonly ledger: Ledger;
  readonly warning?: string;
  /** Files set aside as corrupt, by their former names relative to the output folder with `/` (the output manifest forgets them). */
  readonly setAside?: readonly string[];
  readonly legacy: boolean;
}

/**
 * Read the ledger: every day file under `<out>/ledger/`, and `<out>/ledger.json`
 * when an earlier version left one. Nothing is a first run. A file that does
 * not parse is never silently dropped: it is renamed with `.corrupt-<date>`
 * added, kept for inspection, and reported; the rest is read.
 */
export async function readLedger(outDir: string, date: string): Promise<LedgerRead> {
  // By fingerprint, then date: a day file read after the single-file ledger replaces its briefing of that date
  // (both are there when a run was stopped between writing the day files and deleting ledger.json).
  const briefings = new Map<string, Map<string, LedgerBriefing>>();
  const add = (fingerprint: string, briefing: LedgerBriefing): void => {
    const byDate = briefings.get(fingerprint);
    if (byDate) byDate.set(briefing.date, briefing);
    else briefings.set(fingerprint, new Map([[briefing.date, briefing]]));
  };
  const warnings: string[] = [];
  const asideNames: string[] = [];
  const setAside = async (file: string, problem: string): Promise<void> => {
    const aside = await moveAside(file, `${file}.corrupt-${date}`);
    warnings.push(`ledger ${file} is corrupt (${problem}); set aside as ${aside}`);
    asideNames.push(path.relative(outDir, file).split(path.sep).join('/'));
  };

  let legacy = false;
  const legacyFile = path.join(outDir, LEGACY_LEDGER_FILE);
  const raw = await readFile(legacyFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (raw !== undefined) {
    const problem = checkLegacyLedger(raw);
    if (problem === undefined) {
      legacy = true;
      for (const entry of (JSON.parse(raw) as Ledger).entries) for (const briefing of legacyBriefings(entry)) add(entry.fingerprint, briefing);
    } else await setAside(legacyFile, problem);
  }

  const folder = path.join(outDir, LEDGER_DIR);
  const names = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  for (const name of names.sort()) {
    const day = REGEXPS.dayFile.exec(name)?.[1];
    if (day === undefined) continue;
    const file = path.join(folder, name);
    let rows;
    try {
      rows = decodeLedgerDay(await readFile(file), day);
    } catch (error) {
      await setAside(file, (error as Error).message);
      continue;
    }
    for (const row of rows) add(row.fingerprint, row.briefing);
  }

  const entries = [...briefings].map(([fingerprint, byDate]) => entryOf(fingerprint, [...byDate.values()]));
  entries.sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
  return { ledger: { version: 1, entries }, legacy, ...(warnings.length > 0 && { warning: warnings.join('; '), setAside: asideNames }) };
}

/**
 * The day files a run writes: the file of `date`, holding that date's
 * briefings of `ledger` (none when nothing was briefed: a file left by an
 * earlier run of the date then goes, through pruneLedger); after reading a
 * single-file ledger of an earlier version, the file of every date it holds.
 * Rows go by story group, then fingerprint.
 */
export function ledgerFiles(outDir: string, ledger: Ledger, date: string, legacy: boolean): FileToWrite[] {
  const dates = legacy ? [...new Set(ledger.entries.flatMap((entry) => (entry.briefings ?? []).map((briefing) => briefing.date)))].sort() : [date];
  const files: FileToWrite[] = [];
  for (const day of dates) {
    const rows = ledger.entries.flatMap((entry) => (entry.briefings ?? []).filter((briefing) => briefing.date === day).map((briefing) => ({ fingerprint: entry.fingerprint, briefing })));
    // Each story group's rows together (entries come by fingerprint): the day file then stores a group's id once.
    rows.sort((a, b) => compareText(a.briefing.group ?? '', b.briefing.group ?? '') || compareText(a.fingerprint, b.fingerprint));
    if (rows.length > 0) files.push({ file: path.join(outDir, LEDGER_DIR, `${day}.bin`), data: encodeLedgerDay(rows) });
  }
  return files;
}

/** The day files the ledger's folder holds, as `ledger/<date>.bin`, sorted: the names a run may replace or prune. */
export async function ledgerDayNames(outDir: string): Promise<string[]> {
  const names = await readdir(path.join(outDir, LEDGER_DIR)).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return [];
    throw error;
  });
  return names.filter((name) => REGEXPS.dayFile.test(name)).sort().map((name) => `${LEDGER_DIR}/${name}`);
}

/**
 * The files pruneLedger deletes, by name relative to the output folder with
 * `/` (as the output manifest names them): every day file whose date the
 * ledger no longer holds (past the retention, or left by an earlier run of a
 * date that now briefed nothing), and the single-file ledger of an earlier
 * version. Known before the run writes, so that the manifest it writes with
 * the day's files already forgets them.
 */
export async function ledgerFilesToPrune(outDir: string, ledger: Ledger): Promise<string[]> {
  const kept = new Set(ledger.entries.flatMap((entry) => (entry.briefings ?? []).map((briefing) => briefing.date)));
  const stale = (await ledgerDayNames(outDir)).filter((name) => !kept.has(name.slice(LEDGER_DIR.length + 1, -'.bin'.length)));
  const legacy = await readFile(path.join(outDir, LEGACY_LEDGER_FILE)).then(() => true, () => false);
  return legacy ? [...stale, LEGACY_LEDGER_FILE] : stale;
}

/**
 * After the day files are in place: delete the files ledgerFilesToPrune
 * names, and temporaries an interrupted run left in the ledger's folder.
 * Returns the names deleted, as ledgerFilesToPrune gives them.
 */
export async function pruneLedger(outDir: string, ledger: Ledger): Promise<string[]> {
  const removed = await ledgerFilesToPrune(outDir, ledger);
  for (const name of removed) await rm(path.join(outDir, name), { force: true });
  const folder = path.join(outDir, LEDGER_DIR);
  for (const name of await readdir(folder).catch(() => [])) {
    if (TEMPORARY_FILE.test(name)) {
      await rm(path.join(folder, name), { force: true });
      removed.push(`${LEDGER_DIR}/${name}`);
    }
  }
  return removed;
}

/** Most numbered set-aside names tried before giving up: one a day is the usual, a few a day already odd. */
const MAX_ASIDE_NAMES = 100;

/**
 * Move a file to `<base>`, or `<base>-2`... if that exists: a link never
 * replaces a file (EEXIST), so an earlier set-aside copy, or a file of the
 * user's by that name, survives. Returns the name it got.
 */
async function moveAside(file: string, base: string): Promise<string> {
  for (let n = 1; n <= MAX_ASIDE_NAMES; n++) {
    const aside = n === 1 ? base : `${base}-${n}`;
    try {
      await link(file, aside);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    await unlink(file);
    return aside;
  }
  throw new Error(`Cannot set aside ${file}: ${base} and ${MAX_ASIDE_NAMES - 1} numbered names after it exist`);
}

/** An entry from all its briefings, sorted by date. */
function entryOf(fingerprint: string, list: LedgerBriefing[]): LedgerEntry {
  const sorted = list.length === 1 ? list : [...list].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    fingerprint,
    date: sorted[0]!.date,
    lastDate: sorted[sorted.length - 1]!.date,
    title: '',
    // Most stories were briefed once: their lists are stored sorted and distinct already.
    articles: sorted.length === 1 ? sorted[0]!.articles : [...new Set(sorted.flatMap((briefing) => briefing.articles))].sort(),
    claims: sorted.length === 1 ? sorted[0]!.claims : [...new Set(sorted.flatMap((briefing) => briefing.claims))].sort(),
    briefings: sorted,
  };
}

/** An entry of the single-file ledger as the day files keep briefings: sentence ids and sketch values cut to what they store, story groups kept. */
function legacyBriefings(entry: LedgerEntry): LedgerBriefing[] {
  const whole = entry.briefings ?? [{ date: entry.date, articles: entry.articles, claims: entry.claims, sketch: '', shingles: 0 }];
  return whole.map((briefing) => ({
    date: briefing.date,
    articles: briefing.articles,
    claims: [...new Set(briefing.claims.map((claim) => claim.slice(0, CLAIM_HEX)))].sort(),
    sketch: REGEXPS.legacySketch.test(briefing.sketch) ? (briefing.sketch.match(/.{8}/gu) ?? []).map((value) => value.slice(8 - SKETCH_HEX)).join('') : '',
    shingles: briefing.shingles,
    ...(typeof briefing.group === 'string' && REGEXPS.groupId.test(briefing.group) && { group: briefing.group }),
    ...(typeof briefing.terms === 'string' && { terms: briefing.terms }),
  }));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function checkLegacyLedger(raw: string): string | undefined {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    return `not JSON: ${(error as Error).message}`;
  }
  if (typeof data !== 'object' || data === null) return 'not an object';
  const { version, entries } = data as { version?: unknown; entries?: unknown };
  if (version !== 1) return `version ${JSON.stringify(version)}, expected 1`;
  if (!Array.isArray(entries)) return 'entries is not a list';
  const bad = entries.findIndex(
    (entry: unknown) =>
      typeof entry !== 'object' ||
      entry === null ||
      typeof (entry as { fingerprint?: unknown }).fingerprint !== 'string' ||
      typeof (entry as { date?: unknown }).date !== 'string' ||
      !Array.isArray((entry as { articles?: unknown }).articles) ||
      !Array.isArray((entry as { claims?: unknown }).claims),
  );
  return bad === -1 ? undefined : `entry ${bad} lacks a fingerprint, date, articles or claims`;
}
