import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Digest } from '../types.js';

const DIGEST_JSON = /^\d{4}-\d{2}-\d{2}\.json$/;

/**
 * Every digest JSON in the output folder, newest first, for the index.
 * A file that does not parse is skipped and reported through `warn`: one bad
 * day must not stop the index of all the others.
 */
export async function listDigests(outDir: string, warn: (message: string) => void): Promise<Digest[]> {
  let names: string[];
  try {
    names = await readdir(outDir);
  } catch {
    return [];
  }
  const digests: Digest[] = [];
  for (const name of names.filter((n) => DIGEST_JSON.test(n)).sort().reverse()) {
    const file = path.join(outDir, name);
    try {
      const digest = JSON.parse(await readFile(file, 'utf8')) as Digest;
      if (digest.schemaVersion !== 1 || typeof digest.date !== 'string') throw new Error('not a digest (schemaVersion 1)');
      digests.push(digest);
    } catch (error) {
      warn(`skipping ${file} in the index: ${(error as Error).message}`);
    }
  }
  return digests;
}
