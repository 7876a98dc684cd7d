// Test helper: run the digest CLI in a child process and, optionally, SIGKILL
// it a given time after start or after the "render" progress line (the
// writes and the email follow that line).
import { spawn } from 'node:child_process';
import { cp, mkdtemp, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cleanEnv, ROOT, TSX_LOADER } from '../helpers/run-cli.js';

/** When to kill: `delayMs` after start, or after the render line when `afterRender`. */
export interface KillAt {
  readonly afterRender: boolean;
  readonly delayMs: number;
}

/** What the run did: killed or not, its wall time and when render finished (ms from start). */
export interface KilledRun {
  readonly killed: boolean;
  readonly code: number | null;
  readonly ms: number;
  readonly renderAt: number | undefined;
  readonly stderr: string;
}

/** The progress line printed once render is done. */
const RENDERED = /^render\b/mu;

/**
 * Run `cli` (default: the checkout's pipeline/cli.ts) with `args`, killing it as `kill` says.
 * A test may pass a frozen copy of the pipeline (see freezePipeline) so that
 * edits made to the checkout while it runs cannot change what it compares.
 */
export function runAndKill(args: readonly string[], kill: KillAt | undefined, env: NodeJS.ProcessEnv = {}, cli = path.join(ROOT, 'pipeline/cli.ts')): Promise<KilledRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let renderAt: number | undefined;
    const child = spawn(process.execPath, ['--import', TSX_LOADER, cli, ...args], {
      cwd: ROOT,
      env: { ...cleanEnv(), ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const arm = () => (timer = setTimeout(() => child.kill('SIGKILL'), kill!.delayMs));
    if (kill && !kill.afterRender) arm();
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (renderAt === undefined && RENDERED.test(stderr)) {
        renderAt = performance.now() - started;
        if (kill?.afterRender) arm();
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ killed: signal === 'SIGKILL', code, ms: performance.now() - started, renderAt, stderr });
    });
  });
}

/**
 * Copy the pipeline (code, templates, package.json) to a temporary folder and
 * return the copy's cli.ts. A long test compares many runs with one reference
 * run; in a checkout where others are editing, every run must be the same code.
 */
export async function freezePipeline(): Promise<string> {
  const frozen = await mkdtemp(path.join(tmpdir(), 'frozen-pipeline-'));
  for (const entry of ['pipeline', 'templates', 'package.json']) await cp(path.join(ROOT, entry), path.join(frozen, entry), { recursive: true });
  await symlink(path.join(ROOT, 'node_modules'), path.join(frozen, 'node_modules'), 'dir');
  return path.join(frozen, 'pipeline/cli.ts');
}
