import { readFile, rm, writeFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, runNode } from '../helpers/run-cli.js';
import { runCompiledCli, tempProject } from '../helpers/temp-project.js';

const DATE = '2026-11-23';

let root: string;

beforeAll(async () => {
  // Every platform build sentencex knows of, so the copy lacks the native part on any machine.
  const manifest = JSON.parse(await readFile(path.join(ROOT, 'node_modules/sentencex/package.json'), 'utf8')) as { optionalDependencies: Record<string, string> };
  root = await tempProject({ without: Object.keys(manifest.optionalDependencies) });
}, 120_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('a machine where sentencex has no native build (macOS, Windows, Linux arm64 today)', () => {
  it('really cannot load sentencex there', async () => {
    await writeFile(path.join(root, 'probe.cjs'), "try { require('sentencex'); console.log('loaded'); } catch (error) { console.log(error.message); }\n");
    const probe = await runNode(path.join(root, 'probe.cjs'), [], { cwd: root });
    expect(probe.stdout).toMatch(/^No prebuilt binary found for sentencex-/u);
  });

  it('still writes the seed digest, splitting sentences with the built-in splitter, and says so', async () => {
    const result = await runCompiledCli(root, ['seeds', '--out', 'out', '--date', DATE]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/sentences split by the built-in splitter: sentencex has no native build for \S+/u);
    const native = path.join(await mkdtemp(path.join(tmpdir(), 'native-')), 'out');
    const withNative = await runCli(['seeds', '--out', native, '--date', DATE]);
    expect(withNative.stderr).not.toMatch(/built-in splitter/u);
    // The fallback splits every seed sentence where sentencex does (README, Install), so the briefing is the same.
    expect(await readFile(path.join(root, 'out', `${DATE}.md`), 'utf8')).toBe(await readFile(path.join(native, `${DATE}.md`), 'utf8'));
  }, 120_000);
});
