import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { TEMPORARY_FILE } from './write-files-atomic.js';

/**
 * Remove temporary files that a killed run left in the output folder. Only
 * called while holding the folder's lock, so no live writer owns them.
 */
export async function removeStaleTemporaries(outDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(outDir);
  } catch {
    return [];
  }
  const stale = names.filter((name) => TEMPORARY_FILE.test(name)).sort();
  await Promise.all(stale.map((name) => rm(path.join(outDir, name), { force: true })));
  return stale;
}
