import { hostname } from 'node:os';
import { open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Name of the lock file inside the output folder. */
export const LOCK_FILE = '.lock';
/** How often a waiting run looks at the lock again, ms. */
const POLL_MS = 200;

/** Another live run holds the output folder. */
export class LockHeldError extends Error {
  override name = 'LockHeldError';
  constructor(
    readonly lockFile: string,
    readonly holder: number,
  ) {
    super(`Cannot lock ${lockFile}: held by process ${holder} (another digest run). Wait for it or stop it.`);
  }
}

/** Release function returned by `acquireLock`. */
export type ReleaseLock = () => Promise<void>;

/**
 * Take the output folder's lock, so two runs never interleave their writes.
 * Waits up to `waitMs` for a live holder; a lock whose process is gone (a
 * killed run) is stale and is taken over.
 */
export async function acquireLock(outDir: string, waitMs: number): Promise<ReleaseLock> {
  const lockFile = path.join(outDir, LOCK_FILE);
  const deadline = performance.now() + waitMs;
  for (;;) {
    if (await tryCreate(lockFile)) return () => rm(lockFile, { force: true });
    const holder = await readHolder(lockFile);
    if (holder !== undefined && !isAlive(holder.pid, holder.host)) {
      // Move the stale lock aside rather than deleting it: if two waiters race,
      // only one rename succeeds, and neither can delete a lock the other just made.
      await rename(lockFile, `${lockFile}.stale.${process.pid}`).then(
        () => rm(`${lockFile}.stale.${process.pid}`, { force: true }),
        () => {},
      );
      continue;
    }
    if (performance.now() >= deadline) throw new LockHeldError(lockFile, holder?.pid ?? 0);
    await sleep(POLL_MS);
  }
}

async function tryCreate(lockFile: string): Promise<boolean> {
  try {
    const handle = await open(lockFile, 'wx');
    try {
      await handle.writeFile(JSON.stringify({ pid: process.pid, host: hostname() }) + '\n');
      await handle.sync();
    } finally {
      await handle.close();
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

async function readHolder(lockFile: string): Promise<{ pid: number; host: string } | undefined> {
  try {
    const data = JSON.parse(await readFile(lockFile, 'utf8')) as { pid?: unknown; host?: unknown };
    if (typeof data.pid === 'number') return { pid: data.pid, host: typeof data.host === 'string' ? data.host : '' };
  } catch {
    // Unreadable or half-written (its writer was killed between open and write):
    // a lock with no live owner we can name is stale.
    return { pid: 0, host: hostname() };
  }
  return { pid: 0, host: hostname() };
}

function isAlive(pid: number, host: string): boolean {
  // A lock from another machine (a shared folder) cannot be checked: trust it.
  if (host !== hostname()) return true;
  if (pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
