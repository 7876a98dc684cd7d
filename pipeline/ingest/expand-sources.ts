import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { IngestResult } from '../types.js';
import { reject } from './reject.js';

/** One input to read: a file (path as the user would write it, and absolute) or a URL. */
export type Input =
  | { readonly kind: 'file'; readonly path: string; readonly absolute: string }
  | { readonly kind: 'url'; readonly path: string };

const PATTERNS = {
  url: /^https?:\/\//iu,
  /** Characters that make a source a glob pattern rather than a path. */
  glob: /[*?[\]{}]/u,
} as const;

/**
 * Expands the sources into inputs, in order: a URL stays one input; a folder becomes its
 * files, recursively, sorted (hidden files skipped); a glob becomes its matches, sorted.
 * Paths stay relative to cwd as given, with POSIX separators. A source that names nothing
 * is rejected. Each file appears once.
 */
export async function expandSources(sources: readonly string[], cwd: string): Promise<{ inputs: Input[]; rejected: IngestResult[] }> {
  const inputs: Input[] = [];
  const rejected: IngestResult[] = [];
  const seen = new Set<string>();
  const add = (input: Input): void => {
    const key = input.kind === 'file' ? input.absolute : input.path;
    if (!seen.has(key)) { seen.add(key); inputs.push(input); }
  };
  for (const source of sources) {
    if (PATTERNS.url.test(source)) { add({ kind: 'url', path: source }); continue; }
    const absolute = path.resolve(cwd, source);
    const info = await stat(absolute).catch(() => undefined);
    if (info?.isFile()) { add({ kind: 'file', path: toPosix(source), absolute }); continue; }
    if (info?.isDirectory()) {
      for (const name of await globFiles('**/*', absolute)) add({ kind: 'file', path: `${toPosix(source).replace(/\/+$/u, '')}/${name}`, absolute: path.join(absolute, name) });
      continue;
    }
    if (PATTERNS.glob.test(source)) {
      const names = await globFiles(toPosix(source), cwd);
      if (names.length === 0) rejected.push(reject(source, 'empty', `The pattern ${source} matched no files.`));
      for (const name of names) add({ kind: 'file', path: name, absolute: path.resolve(cwd, name) });
      continue;
    }
    rejected.push(reject(source, 'unreachable', `No file or folder ${source} was found (looked in ${cwd}).`));
  }
  return { inputs, rejected };
}

async function globFiles(pattern: string, cwd: string): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  const names = await glob(pattern, { cwd, onlyFiles: true, dot: false, expandDirectories: false });
  return names.map(toPosix).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
