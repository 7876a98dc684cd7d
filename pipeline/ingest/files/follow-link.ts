import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { RejectCode } from '../../types.js';
import { isInside } from './is-inside.js';
import { specialFileReason } from './special-file-reason.js';

/** Where a symlink leads, once checked: a file or folder to read, a folder never read, or why it is refused. */
export type LinkTarget =
  | { readonly kind: 'file'; readonly real: string }
  | { readonly kind: 'folder'; readonly real: string }
  | { readonly kind: 'excluded' }
  | { readonly kind: 'refused'; readonly code: RejectCode; readonly reason: string };

/** What a symlink may lead to. */
export interface LinkRules {
  /** Real paths of the input roots: the folders, glob bases and files the user named. */
  readonly roots: readonly string[];
  /** Real paths of folders never read (the output folder). */
  readonly excluded: readonly string[];
  /** For a symlink the user named: a further folder it may lead into (the working folder's real path). */
  readonly alsoInside?: string;
  /** Whether a file would be read under its own name (not hidden, an extension we read). */
  readonly readableName: (name: string) => boolean;
}

/**
 * Resolves a symlink and decides whether to follow it: only to a regular file or a
 * folder whose real path is inside an input root, and only to a file that would be
 * read under its own name, so a harmless name cannot stand for `~/.env` or
 * `/etc/shadow`. Reasons never name the target: it may be exactly what must not leak.
 */
export async function followLink(link: string, rules: LinkRules): Promise<LinkTarget> {
  let real: string;
  try {
    real = await realpath(link);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return refused('unreachable', 'The symlink points to nothing (its target does not exist).');
    if (code === 'ELOOP') return refused('blocked', 'The symlink is a loop: it leads back to itself.');
    return refused('unreachable', `The symlink could not be resolved (${code ?? 'error'}).`);
  }
  if (rules.excluded.some((folder) => isInside(folder, real))) return { kind: 'excluded' };
  const allowed = rules.roots.some((root) => isInside(root, real)) || (rules.alsoInside !== undefined && isInside(rules.alsoInside, real));
  if (!allowed) return refused('blocked', 'The symlink leads outside the input folders, and symlinks are followed only within them (name the real path to read a file elsewhere).');
  let info;
  try {
    info = await stat(real);
  } catch (error) {
    return refused('unreachable', `The symlink's target could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  if (info.isDirectory()) return { kind: 'folder', real };
  if (!info.isFile()) return refused('unsupported', specialFileReason(info));
  if (!rules.readableName(path.basename(real))) {
    return refused('blocked', 'The symlink leads to a file that would not be read under its own name (a hidden file, or an extension we do not read).');
  }
  return { kind: 'file', real };
}

function refused(code: RejectCode, reason: string): LinkTarget {
  return { kind: 'refused', code, reason };
}
