import { $ } from 'zx';

/** The full commit id a revision names in a snapshot ("HEAD", a branch, or the last commit before a date). */
export async function gitCommit(gitDir: string, rev: string, before?: string): Promise<string> {
  const args = before === undefined ? ['rev-parse', `${rev}^{commit}`] : ['rev-list', '-1', `--before=${before}`, rev];
  const result = await $({ quiet: true })`git --git-dir=${gitDir} ${args}`.nothrow();
  const commit = result.stdout.trim();
  if (result.exitCode !== 0 || !/^[0-9a-f]{40}$/.test(commit)) {
    throw new Error(`Cannot resolve ${rev}${before ? ` before ${before}` : ''} in ${gitDir}: ${result.stderr.trim() || 'no commit'}`);
  }
  return commit;
}
