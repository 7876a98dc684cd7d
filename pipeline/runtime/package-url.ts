/**
 * True when this code runs compiled, bundled into `.build/*.js` by `npm run
 * build` (what `npm run digest` and the workflow run); false when it runs as
 * TypeScript sources (`npm run dev` through tsx, and the tests through vitest).
 */
export const COMPILED = import.meta.url.endsWith('.js');

/**
 * The repository root. This file is `pipeline/runtime/package-url.ts`, or it
 * is bundled into a file directly under `.build/` (the build writes no
 * subfolders there), so the root is two levels up or one.
 */
const ROOT = new URL(COMPILED ? '../' : '../../', import.meta.url);

/**
 * The URL of a file that ships with the code, by its path from the repository
 * root (`templates/`, `pipeline/parallel/worker-boot.mjs`): found from the code
 * itself, so the working folder never matters, compiled or not.
 */
export function packageUrl(relative: string): URL {
  return new URL(relative, ROOT);
}
