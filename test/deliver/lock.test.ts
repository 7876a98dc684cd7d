import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireLock, LockHeldError } from '../../pipeline/deliver/lock.js';
import { ROOT, runCli, TSX_LOADER } from '../helpers/run-cli.js';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

/** Start a real process that takes the lock and holds it; resolves once it holds it. */
async function holdLock(outDir: string, leaseMs?: number): Promise<ChildProcess> {
  const args = [path.join(ROOT, 'test/fixtures/deliver/hold-lock.ts'), outDir, ...(leaseMs === undefined ? [] : [String(leaseMs)])];
  const child = spawn(process.execPath, ['--import', TSX_LOADER, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve());
    child.on('exit', (code) => reject(new Error(`lock holder exited with ${code}`)));
  });
  return child;
}

describe('acquireLock', () => {
  it('gives the lock to one holder at a time and frees it on release', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'lock-'));
    const release = await acquireLock(outDir, 0);
    await expect(acquireLock(outDir, 0)).rejects.toBeInstanceOf(LockHeldError);
    await release();
    const again = await acquireLock(outDir, 0);
    await again();
  });

  it('takes over a lock whose file is half-written', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'lock-'));
    await writeFile(path.join(outDir, '.lock'), '{"pi');
    const release = await acquireLock(outDir, 0);
    expect(JSON.parse(await readFile(path.join(outDir, '.lock'), 'utf8')).pid).toBe(process.pid);
    await release();
  });

  it('stops a second run with a message naming the holder process', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'lock-'));
    const holder = await holdLock(outDir);
    const second = await runCli(['seeds', '--out', outDir, '--date', '2026-01-01', '--wait', '0', '-q']);
    expect(second.code).toBe(4);
    expect(second.stderr).toContain(`held by process ${holder.pid}`);
  });

  it('waits for a holder that finishes within the wait', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'lock-'));
    const holder = await holdLock(outDir);
    setTimeout(() => holder.kill('SIGTERM'), 500);
    const second = await runCli(['seeds', '--out', outDir, '--date', '2026-01-01', '--wait', '30', '-q']);
    expect(second.code).toBe(0);
  });

  it('takes over the stale lock of a process killed with SIGKILL', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'lock-'));
    const holder = await holdLock(outDir);
    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.on('exit', resolve));
    const next = await runCli(['seeds', '--out', outDir, '--date', '2026-01-01', '--wait', '0', '-q']);
    expect(next.code).toBe(0);
    expect(next.stderr).not.toContain('held by process');
  });

  it('keeps a live holder\'s lease fresh with a heartbeat, so a run on this host waits past the lease', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'lock-'));
    const lock = path.join(outDir, '.lock');
    const holder = await holdLock(outDir, 600);
    const first = (await stat(lock)).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect((await stat(lock)).mtimeMs).toBeGreaterThan(first);
    const second = await runCli(['seeds', '--out', outDir, '--date', '2026-01-01', '--wait', '0', '-q']);
    expect(second.code).toBe(4);
    expect(second.stderr).toContain(`held by process ${holder.pid}`);
  });

  it('waits for a lock another host keeps refreshing, and takes it over once its heartbeat stops for a lease', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'lock-'));
    const lock = path.join(outDir, '.lock');
    // What a run on another runner leaves in a shared folder: its identity, and a file it touches.
    await writeFile(lock, JSON.stringify({ pid: 4242, host: 'runner-elsewhere', leaseMs: 2_000 }) + '\n');
    const heartbeat = setInterval(() => {
      const now = new Date();
      void utimes(lock, now, now).catch(() => undefined);
    }, 200);
    try {
      const blocked = await runCli(['seeds', '--out', outDir, '--date', '2026-01-01', '--wait', '1', '-q']);
      expect(blocked.code).toBe(4);
      expect(blocked.stderr).toContain('held by process 4242 on another host (runner-elsewhere; taken over once it is not refreshed for 2 s)');
    } finally {
      clearInterval(heartbeat);
    }
    // The other runner died: after one lease any run may take over.
    const next = await runCli(['seeds', '--out', outDir, '--date', '2026-01-01', '--wait', '30', '-q']);
    expect(next.code, next.stderr).toBe(0);
    expect((await readdir(outDir)).filter((name) => name.startsWith('.lock'))).toEqual([]);
  });

  it('takes over at once an old lock from another host that nobody refreshed', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'lock-'));
    const lock = path.join(outDir, '.lock');
    await writeFile(lock, JSON.stringify({ pid: 4242, host: 'runner-gone' }) + '\n');
    const hourAgo = new Date(Date.now() - 3_600_000);
    await utimes(lock, hourAgo, hourAgo);
    const next = await runCli(['seeds', '--out', outDir, '--date', '2026-01-01', '--wait', '0', '-q']);
    expect(next.code, next.stderr).toBe(0);
  });

  it('leaves a folder named .lock alone, says so, and leaves nothing behind', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'lock-'));
    await mkdir(path.join(outDir, '.lock'));
    await writeFile(path.join(outDir, '.lock', 'keep.txt'), 'mine\n');
    const result = await runCli(['seeds', '--out', outDir, '--date', '2026-01-01', '--wait', '0', '-q']);
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('.lock: it is a folder, not a lock this tool made');
    expect((await readdir(outDir)).sort()).toEqual(['.lock']);
    expect(await readFile(path.join(outDir, '.lock', 'keep.txt'), 'utf8')).toBe('mine\n');
  });
});
