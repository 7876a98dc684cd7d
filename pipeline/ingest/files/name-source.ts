import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { IngestResult } from '../../types.js';
import { reject } from '../reject.js';
import { specialFileReason } from './special-file-reason.js';

const PATTERNS = {
  url: /^https?:\/\//iu,
  /** Characters that make a source a glob pattern rather than a path. */
  glob: /[*?[\]{}]/u,
} as const;

/** What a source names, found before any folder is walked (the roots must all be known first). */
export type NamedSource =
  | { readonly kind: 'url' }
  | { readonly kind: 'folder' | 'file'; readonly real: string }
  | { readonly kind: 'link'; readonly absolute: string }
  | { readonly kind: 'glob'; readonly base: string; readonly real: string; readonly rest: string }
  | { readonly kind: 'refused'; readonly result: IngestResult };

/** Classifies one source without following anything yet. */
export async function nameSource(source: string, cwd: string): Promise<NamedSource> {
  if (PATTERNS.url.test(source)) return { kind: 'url' };
  const absolute = path.resolve(cwd, source);
  const info = await lstat(absolute).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) {
    if (PATTERNS.glob.test(source)) return nameGlob(source, cwd);
    const problem = info.code === 'ENOENT' || info.code === 'ENOTDIR' ? 'was found' : `could be read (${info.code ?? 'error'})`;
    return { kind: 'refused', result: reject(toPosix(source), 'unreachable', `No file or folder ${toPosix(source)} ${problem} in the working folder.`) };
  }
  if (info.isSymbolicLink()) {
    // A folder the user names is a root wherever it really is; a named file link is checked by followLink.
    const target = await realpath(absolute).catch(() => undefined);
    if (target !== undefined && (await lstat(target).then((t) => t.isDirectory(), () => false))) return { kind: 'folder', real: target };
    return { kind: 'link', absolute };
  }
  if (info.isDirectory() || info.isFile()) {
    const real = await realpath(absolute).catch(() => absolute);
    return { kind: info.isDirectory() ? 'folder' : 'file', real };
  }
  return { kind: 'refused', result: reject(toPosix(source), 'unsupported', specialFileReason(info)) };
}

/** A glob: the folder before its first wildcard segment (walked) and the rest (matched below it). */
async function nameGlob(source: string, cwd: string): Promise<NamedSource> {
  const segments = toPosix(source).replace(/^\.\/+/u, '').split('/');
  const first = segments.findIndex((segment) => PATTERNS.glob.test(segment));
  const base = segments.slice(0, first).join('/') || '.';
  const rest = segments.slice(first).join('/');
  const real = await realpath(path.resolve(cwd, base)).catch(() => undefined);
  if (real === undefined) return { kind: 'refused', result: reject(toPosix(source), 'empty', `The pattern ${toPosix(source)} matched no files.`) };
  return { kind: 'glob', base, real, rest };
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
