import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { LEDGER_DIR } from './ledger-store.js';
import { SENT_DIR } from './read-sent-record.js';
import { TEMPORARY_FILE } from './write-files-atomic.js';

/**
 * Remove temporary files that a killed run left in the output folder, in its
 * sent record's folder and in the ledger's. Only called while holding the
 * folder's lock, so no live writer owns them (a run waiting for the lock
 * recreates its own).
 * Returns their paths relative to the output folder.
 */
export async function removeStaleTemporaries(outDir: string): Promise<string[]> {
  const stale: string[] = [];
  for (const sub of ['', SENT_DIR, LEDGER_DIR]) {
    let names: string[];
    try {
      names = await readdir(path.join(outDir, sub));
    } catch {
      continue;
    }
    const found = names.filter((name) => TEMPORARY_FILE.test(name)).sort();
    await Promise.all(found.map((name) => rm(path.join(outDir, sub, name), { force: true })));
    stale.push(...found.map((name) => (sub === '' ? name : `${sub}/${name}`)));
  }
  return stale;
}
