// Test helper: every file under a folder, by relative path, with its bytes,
// so a test can say which files changed, appeared or vanished.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Relative path (with `/`) -> bytes, for every regular file under `root`. */
export type Snapshot = ReadonlyMap<string, Buffer>;

export async function snapshotTree(root: string): Promise<Snapshot> {
  const files = new Map<string, Buffer>();
  let entries;
  try {
    entries = await readdir(root, { recursive: true, withFileTypes: true });
  } catch (error) {
    // A folder that does not exist (or cannot, its parent being a file) holds nothing.
    if (['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return files;
    throw error;
  }
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(root, full).split(path.sep).join('/'), await readFile(full));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Paths whose bytes differ between two snapshots, or that only one has. */
export function changedPaths(before: Snapshot, after: Snapshot): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => {
    const a = before.get(name);
    const b = after.get(name);
    return a === undefined || b === undefined || !a.equals(b);
  });
}
