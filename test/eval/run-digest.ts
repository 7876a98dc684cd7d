import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { cleanEnv, ROOT } from '../helpers/run-cli.js';

/** A digest of the larger runs takes seconds; this only stops a hung run. */
const RUN_TIMEOUT_MS = 10 * 60_000;

/**
 * Runs the real CLI the way a user does (`npm run digest -- <inputs> --out <out>
 * --date <date> -q`) from the repository root, without SMTP settings, and returns
 * the digest JSON it wrote. A failed run throws with the CLI's own message.
 */
export async function runDigest(inputDir: string, outDir: string, date: string): Promise<unknown> {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  try {
    await promisify(execFile)(npm, ['run', '--silent', 'digest', '--', inputDir, '--out', outDir, '--date', date, '-q'], {
      cwd: ROOT,
      env: cleanEnv(),
      timeout: RUN_TIMEOUT_MS,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim().split('\n').slice(-5).join(' | ');
    throw new Error(`Cannot run the digest for ${date}: ${stderr || (error as Error).message}`);
  }
  return JSON.parse(await readFile(path.join(outDir, `${date}.json`), 'utf8'));
}
