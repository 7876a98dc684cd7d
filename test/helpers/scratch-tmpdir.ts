import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Global setup: one scratch folder for the whole run, made the temporary
 * folder of every test worker and every process the tests spawn (they inherit
 * TMPDIR), and removed at the end. Tests make hundreds of temporary projects
 * and trial folders, some of them in processes killed on purpose; without
 * this, every `npm test` would leave them in the user's /tmp.
 */
export default function scratchTmpdir(): () => void {
  const scratch = mkdtempSync(path.join(tmpdir(), 'actor-digest-test-'));
  for (const name of ['TMPDIR', 'TMP', 'TEMP']) process.env[name] = scratch;
  return () => rmSync(scratch, { recursive: true, force: true });
}
