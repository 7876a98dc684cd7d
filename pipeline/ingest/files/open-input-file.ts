import { constants } from 'node:fs';
import { open, readlink, type FileHandle } from 'node:fs/promises';
import type { RejectCode } from '../../types.js';
import { specialFileReason } from './special-file-reason.js';

/**
 * Opening flags: no symlink as the last component (the file was checked as a regular
 * file; one swapped for a link since then fails with ELOOP), and no blocking (a FIFO
 * swapped in would otherwise wait for a writer for ever). Both are 0 where the
 * platform has none (Windows).
 */
const FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
/** Where Linux shows the path an open descriptor really refers to. */
const FD_LINKS = '/proc/self/fd';

/** An opened input file and its size, or why it is refused. */
export type OpenedFile =
  | { readonly ok: true; readonly handle: FileHandle; readonly size: number }
  | { readonly ok: false; readonly code: RejectCode; readonly reason: string };

/**
 * Opens an input by its real path, closing the window between the check and the read:
 * the last component may not be a symlink, the handle must be a regular file, and
 * (where /proc shows it) the handle must still be the file at `real`, so a folder
 * swapped for a symlink after the walk cannot redirect the read elsewhere.
 */
export async function openInputFile(real: string): Promise<OpenedFile> {
  let handle: FileHandle;
  try {
    handle = await open(real, FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { ok: false, code: 'blocked', reason: 'The file was replaced by a symlink after it was checked; not followed.' };
    return { ok: false, code: 'unreachable', reason: `The file could not be opened (${code ?? 'error'}).` };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      await handle.close();
      return { ok: false, code: 'unsupported', reason: specialFileReason(info) };
    }
    const opened = await readlink(`${FD_LINKS}/${String(handle.fd)}`).catch(() => undefined);
    if (opened !== undefined && opened !== real) {
      await handle.close();
      return { ok: false, code: 'blocked', reason: 'The file moved after it was checked (a folder on its path became a symlink); not read.' };
    }
    return { ok: true, handle, size: info.size };
  } catch (error) {
    await handle.close();
    return { ok: false, code: 'unreachable', reason: `The file could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).` };
  }
}
