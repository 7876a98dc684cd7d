// Test helper: how many times any of the secrets appears in what a run left behind:
// every file under the given folders (hidden ones, the ledger, the cache and the .eml
// included, read as bytes so no encoding hides a match) and the text it printed.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Counts every occurrence of every secret in every file under `folders` and in `printed`. */
export async function countLeaks(secrets: readonly string[], folders: readonly string[], printed: readonly string[]): Promise<{ count: number; where: string[] }> {
  const where: string[] = [];
  const texts: { name: string; text: string }[] = printed.map((text, i) => ({ name: `printed #${String(i + 1)}`, text }));
  for (const folder of folders) {
    const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      texts.push({ name: path.relative(folder, file), text: (await readFile(file)).toString('latin1') });
    }
  }
  let count = 0;
  for (const { name, text } of texts) {
    for (const secret of secrets) {
      const needle = Buffer.from(secret, 'utf8').toString('latin1');
      for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
        count += 1;
        where.push(`${name}: ${secret.slice(0, 12)}…`);
      }
    }
  }
  return { count, where };
}
