import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import type { IngestResult } from '../types.js';
import { followLink, type LinkRules } from './files/follow-link.js';
import { isInside } from './files/is-inside.js';
import { specialFileReason } from './files/special-file-reason.js';
import { walkFolder, type FolderToWalk, type FoundFile } from './files/walk-folder.js';
import { fileKind } from './read-file-input.js';
import { reject } from './reject.js';

/** One input to read: a file (its path as the user would write it, and its real path, which is what is opened) or a URL. */
export type Input =
  | { readonly kind: 'file'; readonly path: string; readonly real: string }
  | { readonly kind: 'url'; readonly path: string };

const PATTERNS = {
  url: /^https?:\/\//iu,
  /** Characters that make a source a glob pattern rather than a path. */
  glob: /[*?[\]{}]/u,
} as const;

/** What a source names, found before any folder is walked (the roots must all be known first). */
type Named =
  | { readonly kind: 'url' }
  | { readonly kind: 'folder' | 'file'; readonly real: string }
  | { readonly kind: 'link'; readonly absolute: string }
  | { readonly kind: 'glob'; readonly base: string; readonly real: string; readonly rest: string }
  | { readonly kind: 'refused'; readonly result: IngestResult };

/**
 * Expands the sources into inputs, in order: a URL stays one input; a folder becomes its
 * files, recursively, sorted (hidden files skipped); a glob becomes its matches, sorted.
 * Paths stay relative to cwd as given, with POSIX separators. A source that names nothing
 * is rejected.
 *
 * The roots are the real paths of the folders, glob bases and files named. A symlink
 * found in a folder is followed only into a root; one named by the user also into the
 * working folder. Every real file is read once (under its own path rather than a link's),
 * every real folder walked once, so loops end. FIFOs, sockets and devices are refused
 * unopened. Nothing inside an `exclude` folder is read: a named path there is refused,
 * a walk passes it by.
 */
export async function expandSources(sources: readonly string[], cwd: string, exclude: readonly string[] = []): Promise<{ inputs: Input[]; rejected: IngestResult[] }> {
  const excluded = await Promise.all(exclude.map((folder) => realpath(folder).catch(() => path.resolve(cwd, folder))));
  const named = await Promise.all(sources.map((source) => nameSource(source, cwd)));
  const roots = named.flatMap((n) => (n.kind === 'folder' || n.kind === 'file' || n.kind === 'glob' ? [n.real] : []));
  const rules: LinkRules = { roots, excluded, readableName: (name) => !name.startsWith('.') && fileKind(name) !== undefined };
  const realCwd = await realpath(cwd).catch(() => cwd);

  const found: FoundFile[] = [];
  const urls: Input[] = [];
  const rejected: IngestResult[] = [];
  const visited = new Set<string>();
  const deferred: FolderToWalk[] = [];
  const walk = async (folder: FolderToWalk): Promise<number> => {
    const result = await walkFolder(folder, rules, visited);
    found.push(...result.files);
    rejected.push(...result.rejected);
    deferred.push(...result.deferred);
    return result.files.length + result.rejected.length;
  };
  for (const [i, source] of sources.entries()) {
    const n = named[i]!;
    const shown = toPosix(source);
    const refusedInside = (real: string) => excluded.some((folder) => isInside(folder, real)) && reject(shown, 'blocked', 'It is inside the output folder, which is never read as input.');
    switch (n.kind) {
      case 'url':
        if (!urls.some((u) => u.path === source)) urls.push({ kind: 'url', path: source });
        break;
      case 'refused':
        rejected.push(n.result);
        break;
      case 'file': {
        const inside = refusedInside(n.real);
        if (inside) rejected.push(inside);
        else found.push({ path: shown, real: n.real, linked: false });
        break;
      }
      case 'link': {
        const target = await followLink(n.absolute, { ...rules, alsoInside: realCwd });
        if (target.kind === 'excluded') rejected.push(reject(shown, 'blocked', 'It leads into the output folder, which is never read as input.'));
        else if (target.kind === 'refused') rejected.push(reject(shown, target.code, target.reason));
        else if (target.kind === 'file') found.push({ path: shown, real: target.real, linked: true });
        else await walk(folderToWalk(target.real, shown));
        break;
      }
      case 'folder': {
        const inside = refusedInside(n.real);
        if (inside) rejected.push(inside);
        else await walk(folderToWalk(n.real, shown));
        break;
      }
      case 'glob': {
        const inside = refusedInside(n.real);
        if (inside) {
          rejected.push(inside);
          break;
        }
        const isMatch = picomatch(n.rest, { dot: false });
        const maxDepth = n.rest.includes('**') ? Infinity : n.rest.split('/').length - 1;
        const before = found.length + rejected.length;
        await walk({ real: n.real, display: n.base, relative: '', depth: 0, accept: isMatch, maxDepth });
        if (found.length + rejected.length === before) rejected.push(reject(shown, 'empty', `The pattern ${shown} matched no files.`));
        break;
      }
    }
  }
  // Symlinked folders last, each walked once: a folder reached directly keeps its own paths.
  for (let folder = deferred.shift(); folder !== undefined; folder = deferred.shift()) {
    if (!visited.has(folder.real) && !excluded.some((e) => isInside(e, folder.real))) await walk(folder);
  }
  return { inputs: [...urls, ...onePerRealFile(found)], rejected };
}

/** Classifies one source without following anything yet. */
async function nameSource(source: string, cwd: string): Promise<Named> {
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
async function nameGlob(source: string, cwd: string): Promise<Named> {
  const segments = toPosix(source).replace(/^\.\/+/u, '').split('/');
  const first = segments.findIndex((segment) => PATTERNS.glob.test(segment));
  const base = segments.slice(0, first).join('/') || '.';
  const rest = segments.slice(first).join('/');
  const real = await realpath(path.resolve(cwd, base)).catch(() => undefined);
  if (real === undefined) return { kind: 'refused', result: reject(toPosix(source), 'empty', `The pattern ${toPosix(source)} matched no files.`) };
  return { kind: 'glob', base, real, rest };
}

function folderToWalk(real: string, shown: string): FolderToWalk {
  return { real, display: shown.replace(/\/+$/u, '') || '/', relative: '', depth: 0, accept: () => true, maxDepth: Infinity };
}

/**
 * Each real file once, under the best of its paths: its own path before a symlink's,
 * else the first found. Sorted by path, code-point order.
 */
function onePerRealFile(found: readonly FoundFile[]): Input[] {
  const kept = new Map<string, FoundFile>();
  for (const file of found) {
    const earlier = kept.get(file.real);
    if (earlier === undefined || (earlier.linked && !file.linked)) kept.set(file.real, file);
  }
  return [...kept.values()]
    .map((file): Input => ({ kind: 'file', path: file.path, real: file.real }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
