import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCompiledCli, tempProject } from '../helpers/temp-project.js';

let root: string;

beforeAll(async () => {
  root = await tempProject({ kbWithout: ['parties.json'] });
}, 120_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('an installation whose knowledge base lost a file', () => {
  it('stops with the usage exit code and a message naming the file, writing nothing', async () => {
    const result = await runCompiledCli(root, ['seeds', '--out', 'out', '--date', '2026-11-23']);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(/^error: Cannot load the knowledge base: pipeline\/actors\/kb\/parties\.json cannot be read \(ENOENT\); rebuild it with npm run build:kb$/mu);
    // Never a silent run with an empty registry.
    expect(result.stderr).not.toMatch(/^actors /mu);
  }, 120_000);
});
