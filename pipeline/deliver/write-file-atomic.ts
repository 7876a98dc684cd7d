import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Write a file so that readers (and a crash at any moment) see either the old
 * content or the complete new one: write a temporary file beside it, flush it
 * to disk, then rename it into place (rename is atomic within a filesystem).
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(file);
  // Same folder as the target, so rename never crosses filesystems; pid and a
  // counter keep two writers of the same file from sharing a temporary name.
  const temporary = path.join(dir, `.${path.basename(file)}.${process.pid}.${++counter}.tmp`);
  let handle;
  try {
    handle = await open(temporary, 'w', 0o644);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temporary, file);
  } catch (error) {
    await handle?.close().catch(() => {});
    await rm(temporary, { force: true }).catch(() => {});
    throw error;
  }
  await syncDirectory(dir);
}

let counter = 0;

/** Flush the folder entry so the rename itself survives a power loss. */
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
