import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** One file to write: where, and its complete content. */
export interface FileToWrite {
  readonly file: string;
  readonly data: string | Uint8Array;
}

/** Temporary files are named `.<name>.<pid>.<n>.tmp` beside their target; removeStaleTemporaries knows the shape. */
export const TEMPORARY_FILE = /^\..+\.\d+\.\d+\.tmp$/u;

let counter = 0;

/**
 * Write a set of files so that readers, and a crash or a full disk at any
 * moment, see either the old files or the complete new ones:
 * 1. every file is written to a temporary file beside its target and flushed;
 *    if any of them fails (ENOSPC, EACCES), every temporary is removed and
 *    nothing was replaced;
 * 2. only then are they renamed into place, in the order given (a rename
 *    needs no space, and is atomic within a filesystem);
 * 3. the folders are flushed so the renames survive a power loss.
 * A crash during step 2 leaves a prefix of the files new; callers order them
 * so that this prefix is consistent (digest files before the ledger).
 */
export async function writeFilesAtomic(files: readonly FileToWrite[]): Promise<void> {
  const staged: { temporary: string; file: string }[] = [];
  try {
    for (const { file, data } of files) {
      const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${++counter}.tmp`);
      staged.push({ temporary, file });
      const handle = await open(temporary, 'w', 0o644);
      try {
        await handle.writeFile(data);
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
  } catch (error) {
    await Promise.all(staged.map(({ temporary }) => rm(temporary, { force: true }).catch(() => {})));
    throw error;
  }
  for (let i = 0; i < staged.length; i++) {
    try {
      await rename(staged[i]!.temporary, staged[i]!.file);
    } catch (error) {
      await Promise.all(staged.slice(i).map(({ temporary }) => rm(temporary, { force: true }).catch(() => {})));
      throw error;
    }
  }
  for (const dir of new Set(files.map(({ file }) => path.dirname(file)))) await syncDirectory(dir);
}

async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some filesystems refuse fsync on a directory; the rename is still atomic.
  }
}
