import { $ } from 'zx';
import { gitCommit } from './git-commit.js';

/**
 * The newest commit of HEAD's history whose version of a file the snapshot holds: files
 * over the snapshot's size limit are absent, so a file that grew past it is read as it
 * last stood below it. sources.json records the commit, so the build stays repeatable.
 */
export async function lastReadable(gitDir: string, path: string): Promise<string> {
  const log = await $({ quiet: true })`git --git-dir=${gitDir} log --format=%H -- ${path}`;
  for (const commit of log.stdout.split('\n').filter(Boolean)) {
    for (const rev of [commit, `${commit}^`]) {
      const probe = await $({ quiet: true })`git --git-dir=${gitDir} cat-file -e ${`${rev}:${path}`}`.nothrow();
      if (probe.exitCode === 0) return gitCommit(gitDir, rev);
    }
  }
  throw new Error(`Cannot find a readable version of ${path} in ${gitDir}`);
}
