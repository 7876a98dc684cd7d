import type { Dirent } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { IngestResult } from '../../types.js';
import { reject } from '../reject.js';
import { followLink, type LinkRules } from './follow-link.js';
import { isInside } from './is-inside.js';
import { specialFileReason } from './special-file-reason.js';

/** A folder to walk, and what the walk keeps. */
export interface FolderToWalk {
  /** Its real path (realpath): what is read, and what loops are checked against. */
  readonly real: string;
  /** Its path as shown, in POSIX form ("inbox/nested"). */
  readonly display: string;
  /** Its path below the walk's start, "" at the start: what a glob is matched against. */
  readonly relative: string;
  /** Folders below the walk's start. */
  readonly depth: number;
  /** Which entries are kept, by their path below the walk's start (a glob's matcher; everything for a folder). */
  readonly accept: (relative: string) => boolean;
  /** Deepest folder entered (a glob without `**` needs only as many levels as it has segments). */
  readonly maxDepth: number;
}

/** A file a walk found: its shown path, its real path, and whether a symlink led to it. */
export interface FoundFile {
  readonly path: string;
  readonly real: string;
  readonly linked: boolean;
}

/** What one walk found, refused, and the symlinked folders it left for later. */
export interface WalkResult {
  readonly files: FoundFile[];
  readonly rejected: IngestResult[];
  /** Symlinked folders inside the roots: walked after every direct path, so a file is shown under its own path first. */
  readonly deferred: FolderToWalk[];
}

/**
 * Walks a folder and its subfolders in sorted order, skipping hidden entries, folders
 * already walked (`visited`, real paths) and the excluded folders. Regular files are
 * found; symlinks are checked by `followLink`; FIFOs, sockets and devices are refused
 * without being opened. A symlinked folder that contains its own link is a loop and is
 * refused; one leading elsewhere inside the roots is deferred.
 */
export async function walkFolder(start: FolderToWalk, rules: LinkRules, visited: Set<string>): Promise<WalkResult> {
  const result: WalkResult = { files: [], rejected: [], deferred: [] };
  const stack = [start];
  while (stack.length > 0) {
    const folder = stack.pop()!;
    if (visited.has(folder.real)) continue;
    visited.add(folder.real);
    let entries: Dirent[];
    try {
      entries = await readdir(folder.real, { withFileTypes: true });
    } catch (error) {
      result.rejected.push(reject(folder.display, 'unreachable', `The folder could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`));
      continue;
    }
    const subfolders: FolderToWalk[] = [];
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.')) continue;
      const real = path.join(folder.real, entry.name);
      const child = { real, display: folder.display === '.' ? entry.name : `${folder.display}/${entry.name}`, relative: folder.relative === '' ? entry.name : `${folder.relative}/${entry.name}`, depth: folder.depth + 1, accept: folder.accept, maxDepth: folder.maxDepth };
      const type = entry.isFile() || entry.isDirectory() || entry.isSymbolicLink() ? entry : await lstat(real).catch(() => entry);
      if (type.isDirectory()) {
        if (child.depth <= child.maxDepth && !rules.excluded.some((excluded) => isInside(excluded, real))) subfolders.push(child);
      } else if (type.isFile()) {
        if (child.accept(child.relative)) result.files.push({ path: child.display, real, linked: false });
      } else if (type.isSymbolicLink()) {
        const target = await followLink(real, rules);
        if (target.kind === 'excluded') continue;
        if (target.kind === 'folder') {
          // a link to the folder it sits in, or to one above it, would walk for ever
          if (isInside(target.real, folder.real)) result.rejected.push(reject(child.display, 'blocked', 'The symlink leads back to a folder that contains it (a loop); not followed.'));
          else if (child.depth <= child.maxDepth && !visited.has(target.real)) result.deferred.push({ ...child, real: target.real });
        } else if (child.accept(child.relative)) {
          if (target.kind === 'file') result.files.push({ path: child.display, real: target.real, linked: true });
          else result.rejected.push(reject(child.display, target.code, target.reason));
        }
      } else if (child.accept(child.relative)) {
        result.rejected.push(reject(child.display, 'unsupported', specialFileReason(type)));
      }
    }
    // pushed in reverse so the stack pops them in sorted order
    for (let i = subfolders.length - 1; i >= 0; i--) stack.push(subfolders[i]!);
  }
  return result;
}
