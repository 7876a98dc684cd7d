import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
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
async function holdLock(outDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', TSX_LOADER, path.join(ROOT, 'test/fixtures/deliver/hold-lock.ts'), outDir], {
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
});
