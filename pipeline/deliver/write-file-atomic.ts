import { writeFilesAtomic } from './write-files-atomic.js';

/**
 * Write one file so that readers, and a crash at any moment, see either the
 * old content or the complete new one (see writeFilesAtomic).
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await writeFilesAtomic([{ file, data }]);
}
