import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Set while a run's scratch folder exists: each project of the config runs this setup, and one folder serves all. */
const MARK = 'ACTOR_DIGEST_TEST_TMPDIR';

/**
 * Global setup: one scratch folder for the whole run, made the temporary
 * folder of every test worker and every process the tests spawn (they inherit
 * TMPDIR), and removed at the end. Tests make hundreds of temporary projects
 * and trial folders, some of them in processes killed on purpose; without
 * this, every `npm test` would leave them in the user's /tmp. Its name is
 * short: Unix sockets made under it (a test's, Chromium's) allow 107 bytes of path.
 */
export default function scratchTmpdir(): () => void {
  if (process.env[MARK] !== undefined) return () => undefined;
  const scratch = mkdtempSync(path.join(tmpdir(), 'adt-'));
  process.env[MARK] = scratch;
  for (const name of ['TMPDIR', 'TMP', 'TEMP']) process.env[name] = scratch;
  return () => rmSync(scratch, { recursive: true, force: true });
}
