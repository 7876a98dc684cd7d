import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** tsx's loader by absolute URL, so the child resolves it whatever its cwd. */
const TSX_LOADER = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

/** How a child ended: its JSON result, or why there is none. */
export type ChildOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/**
 * Run a bench script in a fresh Node process (its own heap, so its own peak RSS)
 * and read the JSON it writes to the result file passed as its second argument.
 * Killed after `timeoutMs`; stderr is kept for the reason when it fails.
 */
export function runChild<T>(script: string, args: readonly string[], options: { timeoutMs: number; nodeFlags?: readonly string[] }): Promise<ChildOutcome<T>> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'actor-digest-bench-result-'));
  const resultFile = path.join(scratch, 'result.json');
  const [first, ...rest] = args;
  const childArgs = [...(options.nodeFlags ?? []), '--import', TSX_LOADER, path.join(ROOT, 'test/bench', script), first ?? '', resultFile, ...rest];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, childArgs, { cwd: ROOT, stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      let outcome: ChildOutcome<T>;
      try {
        outcome = { ok: true, value: JSON.parse(readFileSync(resultFile, 'utf8')) as T };
      } catch {
        const killed = signal === 'SIGKILL' ? `killed after ${Math.round(options.timeoutMs / 1000)} s` : `exit ${code ?? signal}`;
        const stageFile = `${resultFile}.stage`;
        const why = existsSync(stageFile) ? `${killed} in stage ${readFileSync(stageFile, 'utf8')}` : killed;
        const heap = /heap out of memory|Reached heap limit/u.test(stderr) ? 'JavaScript heap out of memory' : stderr.trim().split('\n').slice(-3).join(' | ');
        outcome = { ok: false, reason: `${why}${heap ? `: ${heap}` : ''}` };
      }
      rmSync(scratch, { recursive: true, force: true });
      resolve(outcome);
    });
  });
}
