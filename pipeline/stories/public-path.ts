import path from 'node:path';

const REGEXPS = {
  /** A URL (scheme then "//"), shown as it is. */
  url: /^[a-z][a-z\d+.-]*:\/\//iu,
} as const;

/**
 * Where an input came from, fit for public output: a URL as it is; a file
 * path relative to the folder the run started in (POSIX separators); a file
 * outside that folder by its name alone. Never an absolute path of the
 * machine that made the digest.
 */
export function publicPath(input: string, cwd: string): string {
  if (REGEXPS.url.test(input)) return input;
  const absolute = path.resolve(cwd, input);
  const relative = path.relative(cwd, absolute);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return path.basename(absolute);
  return relative.split(path.sep).join('/');
}
