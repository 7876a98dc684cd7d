import { realpath } from 'node:fs/promises';
import path from 'node:path';
import type { IngestResult } from '../types.js';
import { followLink, type LinkRules } from './files/follow-link.js';
import { isInside } from './files/is-inside.js';
import { nameSource } from './files/name-source.js';
import { walkFolder, type FolderToWalk, type FoundFile } from './files/walk-folder.js';
import { fileKind } from './read-file-input.js';
import { reject } from './reject.js';

/** One input to read: a file (its path as the user would write it, and its real path, which is what is opened) or a URL. */
export type Input =
  | { readonly kind: 'file'; readonly path: string; readonly real: string }
  | { readonly kind: 'url'; readonly path: string };

/** Why a named path inside the output folder is not read. */
const INSIDE_OUTPUT = 'It is inside the output folder, which is never read as input.';

/**
 * Expands the sources into inputs: a URL stays one input; a folder becomes its files,
 * recursively (hidden files skipped); a glob becomes its matches. URLs come first, then
 * files sorted by path. Paths stay relative to cwd as given, with POSIX separators. A
 * source that names nothing is rejected.
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
  const walk = async (folder: FolderToWalk): Promise<void> => {
    const result = await walkFolder(folder, rules, visited);
    found.push(...result.files);
    rejected.push(...result.rejected);
    deferred.push(...result.deferred);
  };
  const isExcluded = (real: string) => excluded.some((folder) => isInside(folder, real));
  for (const [i, source] of sources.entries()) {
    const n = named[i]!;
    const shown = toPosix(source);
    switch (n.kind) {
      case 'url':
        if (!urls.some((u) => u.path === source)) urls.push({ kind: 'url', path: source });
        break;
      case 'refused':
        rejected.push(n.result);
        break;
      case 'file':
        if (isExcluded(n.real)) rejected.push(reject(shown, 'blocked', INSIDE_OUTPUT));
        else found.push({ path: shown, real: n.real, linked: false });
        break;
      case 'link': {
        const target = await followLink(n.absolute, { ...rules, alsoInside: realCwd });
        if (target.kind === 'excluded') rejected.push(reject(shown, 'blocked', 'It leads into the output folder, which is never read as input.'));
        else if (target.kind === 'refused') rejected.push(reject(shown, target.code, target.reason));
        else if (target.kind === 'file') found.push({ path: shown, real: target.real, linked: true });
        else await walk(folderToWalk(target.real, shown));
        break;
      }
      case 'folder':
        if (isExcluded(n.real)) rejected.push(reject(shown, 'blocked', INSIDE_OUTPUT));
        else await walk(folderToWalk(n.real, shown));
        break;
      case 'glob': {
        if (isExcluded(n.real)) {
          rejected.push(reject(shown, 'blocked', INSIDE_OUTPUT));
          break;
        }
        // loaded only for globs: a run over folders (the seeds, the schedule) never pays for it
        const { default: picomatch } = await import('picomatch');
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
    if (!visited.has(folder.real) && !isExcluded(folder.real)) await walk(folder);
  }
  return { inputs: [...urls, ...onePerRealFile(found)], rejected };
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
