import { link, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Ledger } from '../types.js';
import { writeFileAtomic } from './write-file-atomic.js';

/** Name of the ledger inside the output folder. */
export const LEDGER_FILE = 'ledger.json';

/** An empty ledger, for a first run. */
export const EMPTY_LEDGER: Ledger = { version: 1, entries: [] };

/** The ledger as read, plus a warning when a corrupt file was set aside. */
export interface LedgerRead {
  readonly ledger: Ledger;
  readonly warning?: string;
}

/**
 * Read `<out>/ledger.json`. A missing file is a first run. A corrupt file is
 * never silently reset: it is renamed to `ledger.corrupt-<date>.json`, kept for
 * inspection, and reported; the run goes on as if nothing had been briefed.
 */
export async function readLedger(outDir: string, date: string): Promise<LedgerRead> {
  const file = path.join(outDir, LEDGER_FILE);
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ledger: EMPTY_LEDGER };
    throw error;
  }
  const problem = checkLedger(raw);
  if (problem === undefined) return { ledger: JSON.parse(raw) as Ledger };
  const aside = await setAside(file, path.join(outDir, `ledger.corrupt-${date}`));
  return { ledger: EMPTY_LEDGER, warning: `ledger ${file} is corrupt (${problem}); set aside as ${aside}, starting a new one` };
}

/** Most numbered set-aside names tried before giving up: one a day is the usual, a few a day already odd. */
const MAX_ASIDE_NAMES = 100;

/**
 * Move a file to `<base>.json`, or `<base>-2.json`... if that exists: a link
 * never replaces a file (EEXIST), so an earlier set-aside copy, or a file of
 * the user's by that name, survives.
 */
async function setAside(file: string, base: string): Promise<string> {
  for (let n = 1; n <= MAX_ASIDE_NAMES; n++) {
    const aside = `${base}${n === 1 ? '' : `-${n}`}.json`;
    try {
      await link(file, aside);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    await unlink(file);
    return aside;
  }
  throw new Error(`Cannot set aside ${file}: ${base}.json and ${MAX_ASIDE_NAMES - 1} numbered names after it exist`);
}

/** The ledger file's text: stable formatting, so an unchanged ledger gives an identical file. */
export function formatLedger(ledger: Ledger): string {
  return JSON.stringify(ledger, null, 2) + '\n';
}

/** Store the ledger atomically. */
export async function writeLedger(outDir: string, ledger: Ledger): Promise<void> {
  await writeFileAtomic(path.join(outDir, LEDGER_FILE), formatLedger(ledger));
}

function checkLedger(raw: string): string | undefined {
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
      typeof (entry as { date?: unknown }).date !== 'string',
  );
  return bad === -1 ? undefined : `entry ${bad} lacks a fingerprint or date`;
}
