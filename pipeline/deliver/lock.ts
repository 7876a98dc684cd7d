import { readlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import { link, lstat, open, readdir, readFile, rename, rm, utimes } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Name of the lock file inside the output folder. */
export const LOCK_FILE = '.lock';
/** How often a waiting run looks at the lock again, ms. */
const POLL_MS = 200;
/**
 * How long a lock held from another host (or container) stays valid without a
 * heartbeat, ms. Its holder touches the file every LEASE_MS / HEARTBEATS_PER_LEASE;
 * a lock untouched for a whole lease belongs to a run that died where this
 * one cannot check its process, and any run may take it over. Five minutes:
 * far above any pause of a live holder's event loop (the longest synchronous
 * stage at 100,000 articles takes about a minute), and short enough that a
 * killed runner on a shared folder costs one missed schedule at most.
 */
export const DEFAULT_LEASE_MS = 5 * 60_000;
/** Heartbeats per lease: five may be missed before the lease runs out. */
const HEARTBEATS_PER_LEASE = 6;
/** Codes under which a file system refuses hard links: fall back to an exclusive create. */
const NO_LINK_CODES: ReadonlySet<string> = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/**
 * The initial PID namespace of a Linux kernel (its inode is fixed): a host
 * process in it is named by its host name alone, as older locks did.
 */
const DEFAULT_PID_NAMESPACE = 'pid:[4026531836]';

const PATTERNS = {
  /** A lock moved aside by a takeover that was killed before removing it. */
  stale: /^\.lock\.stale\.\d+$/u,
} as const;

/** Another live run holds the output folder, or something that is not a lock stands in its place. */
export class LockHeldError extends Error {
  override name = 'LockHeldError';
  constructor(
    readonly lockFile: string,
    readonly holder: number,
    reason?: string,
  ) {
    super(reason ?? `Cannot lock ${lockFile}: held by process ${holder} (another digest run). Wait for it or stop it.`);
  }
}

/** Release function returned by `acquireLock`. */
export type ReleaseLock = () => Promise<void>;

/** What a lock file says about its holder. */
interface Holder {
  readonly pid: number;
  /** Host name, plus the PID namespace on Linux: two containers may share a host name but not their processes. */
  readonly host: string;
  /** The holder's lease, ms (older locks have none: the default). */
  readonly leaseMs: number;
}

/**
 * Take the output folder's lock, so two runs never interleave their writes.
 * The lock is a lease: `{pid, host, leaseMs}` written at once (linked into
 * place whole, so no one reads it half-written), and its mtime refreshed
 * every leaseMs / 6 while held. A waiter takes it over when it is stale:
 * 1. held on this host (same name and PID namespace) by a process that is gone;
 * 2. held elsewhere (another host or container, where the process cannot be
 *    checked) and not refreshed for a whole lease;
 * 3. unreadable (a lock file no run of ours left in that state).
 * Otherwise it waits up to `waitMs`, then throws LockHeldError naming the
 * holder. A folder (or anything but a regular file) named `.lock` is not a
 * lock this tool made: it is left alone and the run stops with a message.
 */
export async function acquireLock(outDir: string, waitMs: number, options: { readonly leaseMs?: number } = {}): Promise<ReleaseLock> {
  const lockFile = path.join(outDir, LOCK_FILE);
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const deadline = performance.now() + waitMs;
  const self: Holder = { pid: process.pid, host: hostIdentity(), leaseMs };
  for (;;) {
    const ino = await tryCreate(outDir, lockFile, self);
    if (ino !== undefined) {
      await removeLeftovers(outDir);
      return hold(lockFile, ino, leaseMs);
    }
    let stats;
    try {
      stats = await lstat(lockFile);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    if (!stats.isFile()) {
      throw new LockHeldError(lockFile, 0, `Cannot lock ${lockFile}: it is ${stats.isDirectory() ? 'a folder' : 'not a regular file'}, not a lock this tool made. Remove it if no other program uses it.`);
    }
    const holder = await readHolder(lockFile);
    const ageMs = Date.now() - stats.mtimeMs;
    if (holder === undefined || isStale(holder, ageMs)) {
      await takeOver(lockFile, stats.ino);
      continue;
    }
    if (performance.now() >= deadline) {
      const where = holder.host === self.host ? '' : ` on another host (${holder.host.split('#')[0]}; taken over once it is not refreshed for ${Math.round(holder.leaseMs / 1000)} s)`;
      throw new LockHeldError(lockFile, holder.pid, `Cannot lock ${lockFile}: held by process ${holder.pid}${where} (another digest run). Wait for it or stop it.`);
    }
    await sleep(POLL_MS);
  }
}

/** Keep the lease fresh until released; release removes the lock only if it is still this run's. */
function hold(lockFile: string, ino: number, leaseMs: number): ReleaseLock {
  const beat = setInterval(() => {
    const now = new Date();
    utimes(lockFile, now, now).catch(() => undefined);
  }, Math.max(1, Math.floor(leaseMs / HEARTBEATS_PER_LEASE)));
  // The heartbeat must never keep a finished run alive.
  beat.unref();
  return async () => {
    clearInterval(beat);
    const current = await lstat(lockFile).catch(() => undefined);
    if (current?.ino === ino) await rm(lockFile, { force: true });
  };
}

function isStale(holder: Holder, ageMs: number): boolean {
  if (holder.host === hostIdentity()) return !isAlive(holder.pid);
  return ageMs > holder.leaseMs;
}

/**
 * Write the holder to a temporary file and link it to `.lock`: the link
 * either creates the lock whole or fails with EEXIST. Returns the lock's
 * inode, or undefined when another run holds it.
 */
async function tryCreate(outDir: string, lockFile: string, self: Holder): Promise<number | undefined> {
  const temporary = path.join(outDir, `${LOCK_FILE}.${process.pid}.0.tmp`);
  const content = `${JSON.stringify(self)}\n`;
  try {
    // Inside the try: on a full disk the half-written temporary goes too.
    const handle = await open(temporary, 'w', 0o644);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await link(temporary, lockFile);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      // ENOENT: the holder's clean-up of temporary files took ours; the caller looks again.
      if (code === 'EEXIST' || code === 'ENOENT') return undefined;
      if (!NO_LINK_CODES.has(code)) throw error;
      return await createExclusive(lockFile, content);
    }
    return (await lstat(lockFile)).ino;
  } finally {
    await rm(temporary, { force: true });
  }
}

/** Where hard links are refused: an exclusive create (a reader may then see it empty for a moment, and waits). */
async function createExclusive(lockFile: string, content: string): Promise<number | undefined> {
  let handle;
  try {
    handle = await open(lockFile, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
    throw error;
  }
  try {
    await handle.writeFile(content);
    await handle.sync();
    return (await handle.stat()).ino;
  } finally {
    await handle.close();
  }
}

/**
 * Move the stale lock aside, then delete it. Two waiters may both judge it
 * stale: only one rename succeeds. If what was moved is not the lock that was
 * judged (another waiter replaced it in between), it is put back.
 */
async function takeOver(lockFile: string, judgedIno: number): Promise<void> {
  const aside = `${lockFile}.stale.${process.pid}`;
  try {
    await rename(lockFile, aside);
  } catch {
    return;
  }
  const moved = await lstat(aside).catch(() => undefined);
  if (moved !== undefined && moved.ino !== judgedIno) {
    await link(aside, lockFile).catch(() => undefined);
  }
  await rm(aside, { force: true });
}

/** Locks moved aside by takeovers that were killed before finishing; only called while holding the lock. */
async function removeLeftovers(outDir: string): Promise<void> {
  const names = await readdir(outDir).catch(() => [] as string[]);
  await Promise.all(
    names.filter((name) => PATTERNS.stale.test(name)).map(async (name) => {
      const file = path.join(outDir, name);
      if ((await lstat(file).catch(() => undefined))?.isFile()) await rm(file, { force: true });
    }),
  );
}

async function readHolder(lockFile: string): Promise<Holder | undefined> {
  try {
    const data = JSON.parse(await readFile(lockFile, 'utf8')) as { pid?: unknown; host?: unknown; leaseMs?: unknown };
    if (typeof data.pid !== 'number') return undefined;
    return {
      pid: data.pid,
      host: typeof data.host === 'string' ? data.host : hostIdentity(),
      leaseMs: typeof data.leaseMs === 'number' && data.leaseMs > 0 ? data.leaseMs : DEFAULT_LEASE_MS,
    };
  } catch {
    return undefined;
  }
}

let identity: string | undefined;

/**
 * This machine as a lock sees it: the host name, and on Linux the PID
 * namespace, since containers may share a host name while their process
 * numbers mean nothing to each other. Older locks carry the host name alone.
 */
function hostIdentity(): string {
  if (identity !== undefined) return identity;
  let namespace = '';
  try {
    namespace = readlinkSync('/proc/self/ns/pid');
  } catch {
    namespace = '';
  }
  identity = namespace === '' || namespace === DEFAULT_PID_NAMESPACE ? hostname() : `${hostname()}#${namespace}`;
  return identity;
}

function isAlive(pid: number): boolean {
  if (pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
