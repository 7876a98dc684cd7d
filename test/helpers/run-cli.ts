import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inject } from 'vitest';

/** The repository root, where `npm run digest` runs. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** tsx's loader by absolute URL: `--import tsx` would resolve from the child's cwd, which may be any folder. */
export const TSX_LOADER = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

/** What a finished CLI process left. */
export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Run the digest CLI in a real child process, from `cwd` (default: the
 * repository root): compiled, as `npm run digest` runs it (the test run's
 * global setup compiles the current sources, test/helpers/build-cli.ts), or
 * with `sources: true` the TypeScript sources through tsx, as `npm run dev` does.
 */
export function runCli(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; sources?: boolean } = {}): Promise<CliResult> {
  const compiled = options.sources === true ? undefined : inject('compiledCli');
  const [script, execArgv] = compiled === undefined ? [path.join(ROOT, 'pipeline/cli.ts'), ['--import', TSX_LOADER]] : [compiled, []];
  return runNode(script, args, { cwd: options.cwd ?? ROOT, ...(options.env !== undefined && { env: options.env }), execArgv });
}

/** Run a node script in a child process, without SMTP settings, and collect what it printed. */
export function runNode(script: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; execArgv?: readonly string[] }): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.execArgv ?? []), script, ...args], {
      cwd: options.cwd,
      env: { ...cleanEnv(), ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The environment without SMTP settings, so no test sends mail by accident. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('SMTP_') || key.startsWith('DIGEST_') || key.startsWith('DKIM_')) delete env[key];
  return env;
}
