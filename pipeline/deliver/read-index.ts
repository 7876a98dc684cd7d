import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { IndexEntry } from '../types.js';

/**
 * `<out>/index.json`: every digest's date, headline and counts, newest first,
 * rewritten by each run. The out/README.md index is rendered from it, so a run
 * reads one small file instead of every digest the folder holds.
 */
export const INDEX_FILE = 'index.json';

const STATS = ['inputs', 'articles', 'duplicates', 'rejected', 'actors'] as const;

/**
 * The index entries, or undefined when there is no usable index.json (a
 * folder written by an earlier version, or a damaged file, reported through
 * `warn`): the caller then rebuilds it once from the digests themselves.
 */
export async function readIndex(outDir: string, warn: (message: string) => void): Promise<IndexEntry[] | undefined> {
  const file = path.join(outDir, INDEX_FILE);
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const data = JSON.parse(raw) as { version?: unknown; digests?: unknown };
    if (data.version !== 1 || !Array.isArray(data.digests)) throw new Error('expected {"version": 1, "digests": [...]}');
    return data.digests.map((entry: unknown, i) => {
      const { date, headline, stats } = (entry ?? {}) as { date?: unknown; headline?: unknown; stats?: Record<string, unknown> };
      if (typeof date !== 'string' || typeof headline !== 'string' || typeof stats !== 'object' || stats === null || STATS.some((key) => typeof stats[key] !== 'number')) {
        throw new Error(`entry ${i} lacks a date, headline or counts`);
      }
      return { date, headline, stats: Object.fromEntries(STATS.map((key) => [key, stats[key]])) as unknown as IndexEntry['stats'] };
    });
  } catch (error) {
    warn(`rebuilding ${file} from the digests: ${(error as Error).message}`);
    return undefined;
  }
}
