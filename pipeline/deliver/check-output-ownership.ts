import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { contentHash } from './content-hash.js';
import { recogniseOwnOutput, RECOGNITION_HEAD_BYTES } from './recognise-own-output.js';

/**
 * The manifest's name inside the output folder: every file the tool wrote
 * there, with the hash of what it wrote. Committed with the digests, so a
 * scheduled run on a fresh checkout knows them too.
 */
export const MANIFEST_FILE = '.actor-digest-manifest.json';
/** Files read whole to be recognised (the rest only by their first bytes; every JSON file is read whole too). */
const READ_WHOLE: ReadonlySet<string> = new Set(['README.md']);
/**
 * Files whose content the tool reads back and carries forward (state), not
 * regenerates: an edit of ours is kept, not refused (a damaged one is set
 * aside or rebuilt, with a warning). The ledger's day files
 * (`ledger/<date>.bin`), the single-file ledger of earlier versions, and
 * index.json, whose entries every run carries forward.
 */
const STATE_FILES = /^(?:ledger\.json|index\.json|ledger\/\d{4}-\d{2}-\d{2}\.bin)$/u;

/** `<out>/.actor-digest-manifest.json`: file name -> hashes of the content the tool last wrote there (a list, so it can grow). */
export interface OutputManifest {
  readonly version: 1;
  readonly files: Readonly<Record<string, readonly string[]>>;
}

/** The output folder holds a file the tool did not write (or one of its files was edited) where a run must write. */
export class OutputConflictError extends Error {
  override name = 'OutputConflictError';
  constructor(readonly files: readonly string[], reasons: readonly string[]) {
    super(
      `Cannot write into the output folder: ${reasons.join('; ')}. Nothing was written. ` +
        'actor-digest only replaces files it wrote itself; move the file away, or choose another folder with --out',
    );
  }
}

/** What the check found: the manifest as it stands, and the hash each existing file has now. */
export interface Ownership {
  readonly manifest: OutputManifest;
  /** Name -> current content hash, for the names checked that exist. */
  readonly current: ReadonlyMap<string, string>;
}

/**
 * Check that the tool may replace each of `names` in `outDir`: a name is free
 * when no file has it, or when the file is the tool's own, that is:
 * 1. the manifest lists it with the hash it has now; or
 * 2. the manifest does not list it and it has the shape only the tool writes
 *    (folders written before the manifest existed, see recogniseOwnOutput); or
 * 3. it is a state file (the ledger's files, index.json) the manifest lists,
 *    whatever it holds: the run reads it, carries its entries forward, and
 *    sets a corrupt one aside or rebuilds it; or
 * 4. the manifest lists it with another hash, but it already holds exactly
 *    what this run is about to write (`planned`): a run killed after renaming
 *    its files and before renaming the manifest, rerun. Without `planned` (the
 *    check before any work) such a file passes for now and is checked again
 *    when the contents are known.
 * Any other file the manifest lists with another hash was edited by someone:
 * it is not overwritten either. A name may sit in one subfolder
 * (`ledger/<date>.bin`, with `/`); that folder must be a real one or not exist
 * yet, never a link that would carry the writes elsewhere. Throws
 * OutputConflictError naming every such file (and a manifest that does not
 * parse); never changes anything.
 */
export async function checkOutputOwnership(outDir: string, names: readonly string[], planned?: ReadonlyMap<string, string>): Promise<Ownership> {
  const manifest = await readManifest(outDir);
  const current = new Map<string, string>();
  const conflicts: string[] = [];
  const reasons: string[] = [];
  for (const name of names) {
    const folder = path.posix.dirname(name);
    if (folder !== '.' && !(await isFolderOrMissing(path.join(outDir, folder)))) {
      conflicts.push(name);
      reasons.push(`${folder} is not a folder (a link or a file is never written through)`);
      continue;
    }
    const file = path.join(outDir, name);
    const text = await readHead(file, READ_WHOLE.has(name) || name.endsWith('.json'));
    if (text === undefined) continue;
    const hash = contentHash(text.bytes);
    current.set(name, hash);
    const listed = manifest.files[name];
    if (text.regular && listed !== undefined) {
      if (listed.includes(hash) || STATE_FILES.test(name)) continue;
      if (planned === undefined || planned.get(name) === hash) continue;
    }
    if (text.regular && listed === undefined && recogniseOwnOutput(name, text.text)) continue;
    conflicts.push(name);
    reasons.push(
      !text.regular ? `${name} is not a regular file` : listed === undefined ? `${name} is not a file actor-digest wrote` : `${name} was changed since actor-digest wrote it`,
    );
  }
  if (conflicts.length > 0) throw new OutputConflictError(conflicts, reasons);
  return { manifest, current };
}

/** Whether `folder` is a real folder (not a link to one), or does not exist yet. */
async function isFolderOrMissing(folder: string): Promise<boolean> {
  try {
    return (await lstat(folder)).isDirectory();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
}

async function readManifest(outDir: string): Promise<OutputManifest> {
  const file = path.join(outDir, MANIFEST_FILE);
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, files: {} };
    throw new OutputConflictError([MANIFEST_FILE], [`${MANIFEST_FILE} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`]);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    data = undefined;
  }
  const files = (data as { version?: unknown; files?: unknown } | undefined)?.files;
  const valid =
    (data as { version?: unknown } | undefined)?.version === 1 &&
    typeof files === 'object' &&
    files !== null &&
    !Array.isArray(files) &&
    Object.values(files).every((hashes) => Array.isArray(hashes) && hashes.every((hash) => typeof hash === 'string'));
  if (!valid) {
    throw new OutputConflictError([MANIFEST_FILE], [`${MANIFEST_FILE} is not a manifest actor-digest wrote (delete it, and files of the tool's own shape are recognised again)`]);
  }
  return { version: 1, files: Object.fromEntries(Object.entries(files as Record<string, string[]>)) };
}

/**
 * The file's bytes for hashing and its start (or whole) as text for
 * recognition; undefined when there is no such file. Anything but a regular
 * file (a folder, a symlink, a FIFO) is never the tool's: it comes back
 * marked, without being opened.
 */
async function readHead(file: string, whole: boolean): Promise<{ bytes: Buffer; text: string; regular: boolean } | undefined> {
  try {
    const stats = await lstat(file);
    if (!stats.isFile()) return { bytes: Buffer.alloc(0), text: '', regular: false };
    const bytes = await readFile(file);
    return { bytes, text: bytes.subarray(0, whole ? bytes.length : RECOGNITION_HEAD_BYTES).toString('utf8'), regular: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
