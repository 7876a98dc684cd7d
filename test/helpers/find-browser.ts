import { existsSync } from 'node:fs';
import path from 'node:path';

/** A Chromium-family browser to drive, or why there is none. */
export type FoundBrowser = { readonly path: string } | { readonly missing: string };

/**
 * Where Chromium, Chrome or Edge usually live, by platform: Debian's and
 * Ubuntu's packages and snap, Google's packages, the macOS applications, and
 * the Windows installs (per machine and per user).
 */
export function usualBrowserPaths(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin') {
    return ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'].map((app) => `/Applications/${app}`);
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((root): root is string => Boolean(root));
    return roots.flatMap((root) => [path.win32.join(root, 'Google/Chrome/Application/chrome.exe'), path.win32.join(root, 'Microsoft/Edge/Application/msedge.exe')]);
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome'];
}

/** The browser the email test drives: `CHROME_PATH` if set, else the first usual path that exists. */
export function findBrowser(env: NodeJS.ProcessEnv, candidates: readonly string[] = usualBrowserPaths(process.platform, env)): FoundBrowser {
  const chosen = env.CHROME_PATH?.trim();
  if (chosen) return existsSync(chosen) ? { path: chosen } : { missing: `CHROME_PATH is ${chosen}, which does not exist` };
  const found = candidates.find((candidate) => existsSync(candidate));
  if (found !== undefined) return { path: found };
  return { missing: `no Chromium, Chrome or Edge found (looked in ${candidates.join(', ')}); set CHROME_PATH, or install one (Debian: apt-get install chromium)` };
}
