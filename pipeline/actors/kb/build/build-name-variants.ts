import { join } from 'node:path';
import { gitCommit } from './git-commit.js';
import { parseCsv } from './parse-csv.js';
import { readGit } from './read-git.js';
import type { KbSource } from './kb-entry.js';

/**
 * Given-name variants and nicknames (carltonnorthern/nicknames): for each formal name, the
 * short forms it goes by ("james": ["jamie", "jim", "jimmy"]), lowercase and sorted.
 */
export async function buildNameVariants(sourcesDir: string): Promise<{ variants: Record<string, string[]>; sources: KbSource[] }> {
  const gitDir = join(sourcesDir, 'carltonnorthern+nicknames', 'repo');
  const commit = await gitCommit(gitDir, 'HEAD');
  const map = new Map<string, Set<string>>();
  for (const row of parseCsv(await readGit(gitDir, commit, 'names.csv'))) {
    if (row.relationship !== 'has_nickname' || !row.name1 || !row.name2) continue;
    const formal = row.name1.toLowerCase();
    const nick = row.name2.toLowerCase();
    if (!/^[a-z][a-z'-]*$/.test(formal) || !/^[a-z][a-z'-]*$/.test(nick) || formal === nick) continue;
    if (!map.has(formal)) map.set(formal, new Set());
    map.get(formal)!.add(nick);
  }
  const variants: Record<string, string[]> = {};
  for (const formal of [...map.keys()].sort()) variants[formal] = [...map.get(formal)!].sort();
  return {
    variants,
    sources: [{ id: 'nicknames', name: 'carltonnorthern/nicknames (names.csv)', url: 'https://github.com/carltonnorthern/nicknames', licence: 'Apache-2.0', licenceUrl: 'https://www.apache.org/licenses/LICENSE-2.0', retrieved: commit, note: 'English given names and their nicknames (has_nickname relations), for given-names.json.' }],
  };
}
