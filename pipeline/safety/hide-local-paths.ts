import path from 'node:path';

/**
 * Replace this machine's absolute paths in a log line with relative ones: the
 * working folder becomes `.` (its files, their relative path) and the home
 * folder `~`. Messages from Node itself (`ENOENT: no such file or directory,
 * open '/home/…'`) and the run's own absolute output folder would otherwise
 * put the user's account name and layout into a CI log or a bug report.
 */
export function hideLocalPaths(text: string, places: { readonly cwd: string; readonly home?: string }): string {
  // Longest first: the working folder usually sits inside the home folder.
  const roots: [string, string][] = [[places.cwd, '.']];
  if (places.home !== undefined) roots.push([places.home, '~']);
  roots.sort((a, b) => b[0].length - a[0].length);
  let result = text;
  for (const [root, shown] of roots) {
    const trimmed = root.length > 1 && root.endsWith(path.sep) ? root.slice(0, -1) : root;
    // The filesystem root or an empty path would rewrite every path.
    if (trimmed.length <= 1) continue;
    const withSep = `${trimmed}${path.sep}`;
    // A file inside: drop the prefix ('./' only when it would otherwise read as nothing).
    result = result.split(withSep).join(shown === '.' ? '' : `${shown}/`);
    // The folder itself, where it ends a word (not /home/ann inside /home/anna).
    result = result.replace(new RegExp(`${escapeRegExp(trimmed)}(?![\\w.-])`, 'gu'), shown);
  }
  return result;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
