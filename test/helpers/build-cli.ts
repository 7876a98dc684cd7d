import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { tempProject } from './temp-project.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The compiled CLI (`.build/cli.js` of a temporary copy of the project) that runCli spawns. */
    compiledCli: string;
  }
}

/**
 * Global setup: compile the CLI once per test run, from the sources as they
 * are now, into a temporary copy of the project, so that tests spawn what
 * `npm run digest` runs (and in about a third of the time tsx takes), and the
 * repository's own `.build/` is left alone.
 */
export default async function buildCli(project: TestProject): Promise<() => Promise<void>> {
  const root = await tempProject();
  project.provide('compiledCli', path.join(root, '.build', 'cli.js'));
  return async () => {
    await rm(root, { recursive: true, force: true });
  };
}
