import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkOutputOwnership, MANIFEST_FILE, type OutputManifest } from './check-output-ownership.js';
import { contentHash } from './content-hash.js';
import { writeFilesAtomic, type FileToWrite } from './write-files-atomic.js';

/**
 * Write files into the output folder only where the tool owns the name (see
 * checkOutputOwnership, which throws before anything is written), and record
 * what it wrote in the manifest. The manifest goes in the same
 * writeFilesAtomic batch, staged with the files (a full disk stops all of
 * them before any is replaced) and renamed last: a crash between the renames
 * leaves files of this run that the manifest does not list yet, and the rerun,
 * which writes the same bytes, recognises them (rule 4 of the check). Every
 * file lies in `outDir`, directly or in a subfolder of it (`ledger/`), which
 * is made once the check has passed. `forget` names files the run deleted or
 * set aside (the ledger's pruned day files), which the manifest then drops;
 * with no files it rewrites only the manifest.
 */
export async function writeOwnedFiles(outDir: string, files: readonly FileToWrite[], forget: readonly string[] = []): Promise<void> {
  const names = files.map(({ file }) => ownedName(outDir, file));
  const next = new Map(files.map(({ data }, i) => [names[i]!, contentHash(data)]));
  const { manifest } = await checkOutputOwnership(outDir, names, next);
  const after: Record<string, readonly string[]> = { ...manifest.files };
  for (const name of forget) delete after[name];
  for (const [name, hash] of next) after[name] = [hash];
  const manifestFile = path.join(outDir, MANIFEST_FILE);
  const text = formatManifest({ version: 1, files: after });
  const existing = await readFile(manifestFile, 'utf8').catch(() => undefined);
  for (const folder of new Set(files.map(({ file }) => path.dirname(file)))) if (folder !== outDir) await mkdir(folder, { recursive: true });
  await writeFilesAtomic(text === existing ? files : [...files, { file: manifestFile, data: text }]);
}

/** A file's name in the manifest: its path inside `outDir`, with `/` on every platform. */
function ownedName(outDir: string, file: string): string {
  const relative = path.relative(outDir, file);
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) throw new Error(`Cannot write ${file}: expected a file inside ${outDir}`);
  return relative.split(path.sep).join('/');
}

/** Sorted keys and fixed layout: the same files give the same manifest bytes. */
function formatManifest(manifest: OutputManifest): string {
  const files = Object.fromEntries(Object.keys(manifest.files).sort().map((name) => [name, manifest.files[name]]));
  return `${JSON.stringify({ version: manifest.version, files }, null, 2)}\n`;
}
