import { $ } from 'zx';

/**
 * Reads one file of a fetched repository snapshot (a bare git directory) at a commit,
 * so the build never needs a work tree and always reads what it names in sources.json.
 */
export async function readGit(gitDir: string, rev: string, path: string, encoding: BufferEncoding = 'utf8'): Promise<string> {
  const result = await $({ quiet: true })`git --git-dir=${gitDir} show ${`${rev}:${path}`}`.nothrow();
  if (result.exitCode !== 0) {
    throw new Error(`Cannot read ${path} at ${rev} in ${gitDir}: ${result.stderr.trim()}`);
  }
  return result.buffer().toString(encoding);
}
