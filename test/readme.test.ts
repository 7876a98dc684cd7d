import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/run-cli.js';

describe('README', () => {
  it('shows the start of the briefing the demo writes, line for line, and the lines it prints', async () => {
    const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
    const use = readme.slice(readme.indexOf('## Use\n'), readme.indexOf('## CLI\n'));
    const excerpt = /````markdown\n([\s\S]*?)\n…\n````/u.exec(use)?.[1];
    const date = /^# Briefing (\d{4}-\d{2}-\d{2})$/mu.exec(excerpt ?? '')?.[1];
    expect(excerpt, 'a ````markdown block ending in … under Use').toBeDefined();
    expect(date, 'the block starts with the briefing title').toBeDefined();
    const outDir = path.join(await mkdtemp(path.join(tmpdir(), 'readme-')), 'out');
    const result = await runCli(['--out', outDir, '--date', date!]);
    expect(result.code, result.stderr).toBe(0);
    const written = await readFile(path.join(outDir, 'demo', `${date}.md`), 'utf8');
    expect(written.startsWith(`${excerpt}\n`)).toBe(true);
    const printed = result.stderr.replaceAll(path.relative(ROOT, outDir), 'out').replace(/\(\d+ ms\)/gu, '(ms)');
    const shown = /```\n(ingest[\s\S]*?)\n```/u.exec(use)?.[1]?.replace(/\(\d+ ms\)/gu, '(ms)');
    expect(printed.trim()).toBe(shown);
  });
});
