import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The repository root: this file sits in test/, and the top level of the repository is fixed. */
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Suites that take minutes, need a browser or run the CLI as a process many
 * times: SIGKILL trials, fuzzing and hostile servers (reliability), the
 * compiled-build and hidden-native copies of the project (runtime), the email
 * in headless Chromium, the bench's corpus generator, the CLI end to end and
 * the lock between processes (a third of the rest's time together).
 * `npm run test:unit` leaves them out; `npm test` and CI run them.
 */
const SLOW = [
  'test/reliability/**/*.test.ts',
  'test/runtime/**/*.test.ts',
  'test/**/*.browser.test.ts',
  'test/bench/**/*.test.ts',
  'test/workflow/run-step.test.ts',
  'test/cli.test.ts',
  'test/deliver/lock.test.ts',
];

export default defineConfig({
  test: {
    root: ROOT,
    // Generous: these suites spawn real processes on machines shared with other work.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The scratch folder first: the compiled CLI's project is made inside it.
    globalSetup: ['test/helpers/scratch-tmpdir.ts', 'test/helpers/build-cli.ts'],
    projects: [
      // One module cache per worker for the fast suites (isolate: false): they mock nothing and
      // keep no state between files, and loading the stages once per worker, not once per file,
      // halves the run.
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: SLOW, isolate: false } },
      { extends: true, test: { name: 'slow', include: SLOW } },
    ],
  },
});
