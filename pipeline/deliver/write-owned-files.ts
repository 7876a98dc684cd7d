import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkOutputOwnership, MANIFEST_FILE, type OutputManifest } from './check-output-ownership.js';
import { contentHash } from './content-hash.js';
import { writeFilesAtomic, type FileToWrite } from './write-files-atomic.js';

/**
 * Write files into the output folder only where the tool owns the name (see
 * checkOutputOwnership, which throws before anything is written), and keep
 * the manifest true through a crash at any moment:
 * 1. the manifest first lists, for each file, both the hash it has now and
 *    the hash it is about to get;
 * 2. the files are written (writeFilesAtomic: all or, in order, a prefix);
 * 3. the manifest then lists only the new hashes.
 * Whatever step a crash interrupts, each file holds a content the manifest
 * lists, so the rerun is not mistaken for a user's edit. Every file must lie
 * directly in `outDir`.
 */
export async function writeOwnedFiles(outDir: string, files: readonly FileToWrite[]): Promise<void> {
  const names = files.map(({ file }) => {
    if (path.dirname(file) !== outDir) throw new Error(`Cannot write ${file}: expected a file directly in ${outDir}`);
    return path.basename(file);
  });
  const { manifest, current } = await checkOutputOwnership(outDir, names);
  const next = new Map(files.map(({ data }, i) => [names[i]!, contentHash(data)]));
  const during: Record<string, readonly string[]> = { ...manifest.files };
  const after: Record<string, readonly string[]> = { ...manifest.files };
  for (const [name, hash] of next) {
    const now = current.get(name);
    during[name] = now === undefined || now === hash ? [hash] : [now, hash];
    after[name] = [hash];
  }
  const manifestFile = path.join(outDir, MANIFEST_FILE);
  const existing = await readFile(manifestFile, 'utf8').catch(() => undefined);
  const duringText = formatManifest({ version: 1, files: during });
  if (duringText !== existing) await writeFilesAtomic([{ file: manifestFile, data: duringText }]);
  await writeFilesAtomic(files);
  const afterText = formatManifest({ version: 1, files: after });
  if (afterText !== duringText) await writeFilesAtomic([{ file: manifestFile, data: afterText }]);
}

/** Sorted keys and fixed layout: the same files give the same manifest bytes. */
function formatManifest(manifest: OutputManifest): string {
  const files = Object.fromEntries(Object.keys(manifest.files).sort().map((name) => [name, manifest.files[name]]));
  return `${JSON.stringify({ version: manifest.version, files }, null, 2)}\n`;
}
