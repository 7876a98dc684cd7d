import { execFile } from 'node:child_process';
import { cp, copyFile, mkdir, mkdtemp, readdir, readFile, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT, runNode, type CliResult } from './run-cli.js';

/** What a temporary copy of the project leaves out. */
export interface TempProjectOptions {
  /**
   * Packages missing from its node_modules, as on a machine where they did
   * not install (`sentencex-linux-x64` on a Mac). A package that depends on
   * one is copied rather than linked, so that it looks for it in the copy.
   */
  readonly without?: readonly string[];
  /** Knowledge-base files (`persons.json`) missing from its copy of pipeline/actors/kb/, as after a broken checkout. */
  readonly kbWithout?: readonly string[];
}

/**
 * A temporary copy of the project as a fresh clone has it after `npm ci`:
 * `.build/` compiled by the real build script, templates/, seeds/ and the
 * knowledge base's files (minus `kbWithout`), and a node_modules whose packages link to this repository's (minus `without`).
 * Returns its root.
 */
export async function tempProject(options: TempProjectOptions = {}): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'project-'));
  await copyFile(path.join(ROOT, 'package.json'), path.join(root, 'package.json'));
  for (const folder of ['templates', 'seeds']) await symlink(path.join(ROOT, folder), path.join(root, folder), 'dir');
  // The knowledge base is read at run time from pipeline/actors/kb/, as shipped.
  const kb = path.join(root, 'pipeline/actors/kb');
  await mkdir(kb, { recursive: true });
  const kbWithout = new Set(options.kbWithout ?? []);
  for (const name of await readdir(path.join(ROOT, 'pipeline/actors/kb'))) {
    if (name.endsWith('.json') && !kbWithout.has(name)) await symlink(path.join(ROOT, 'pipeline/actors/kb', name), path.join(kb, name), 'file');
  }
  const without = new Set(options.without ?? []);
  const modules = path.join(root, 'node_modules');
  await mkdir(modules);
  for (const name of await readdir(path.join(ROOT, 'node_modules'))) {
    if (name.startsWith('.') || without.has(name)) continue;
    const from = path.join(ROOT, 'node_modules', name);
    if (await dependsOnAny(from, without)) await cp(from, path.join(modules, name), { recursive: true });
    else await symlink(from, path.join(modules, name), 'dir');
  }
  // Built last, as `npm ci` runs `prepare` once the packages are in: the build compiles the actor registry
  // from the copy's knowledge base and node_modules (no snapshot when they cannot give one).
  await promisify(execFile)(process.execPath, [path.join(ROOT, 'pipeline/runtime/build.mjs'), '--outdir', path.join(root, '.build')], { cwd: ROOT });
  return root;
}

/** Run the compiled CLI of a temporary project (`node .build/cli.js`), from `cwd` (default: its root). */
export function runCompiledCli(root: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  return runNode(path.join(root, '.build/cli.js'), args, { cwd: options.cwd ?? root, env: options.env ?? {} });
}

/** Whether a package (or, for a scope folder, any package in it) lists one of `names` among its dependencies. */
async function dependsOnAny(folder: string, names: ReadonlySet<string>): Promise<boolean> {
  if (names.size === 0) return false;
  if (path.basename(folder).startsWith('@')) return false;
  let manifest: { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> };
  try {
    manifest = JSON.parse(await readFile(path.join(folder, 'package.json'), 'utf8')) as typeof manifest;
  } catch {
    return false;
  }
  return Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies }).some((name) => names.has(name));
}
