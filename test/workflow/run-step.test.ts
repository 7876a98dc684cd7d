import { spawn } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeLedgerDay } from '../../pipeline/deliver/decode-ledger-day.js';
import { cleanEnv, ROOT } from '../helpers/run-cli.js';
import { tempProject } from '../helpers/temp-project.js';

const DATE = '2026-11-23';

let root: string;
let script: string;

beforeAll(async () => {
  root = await tempProject();
  const workflow = parse(await readFile(path.join(ROOT, '.github/workflows/digest.yml'), 'utf8')) as { jobs: { digest: { steps: { name?: string; run?: string }[] } } };
  script = workflow.jobs.digest.steps.find((step) => step.name === 'Run the digest')!.run!;
}, 120_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Run the workflow's "Run the digest" step as GitHub runs a `run:` script, in the temporary project. */
function runStep(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { cwd: root, env: { ...cleanEnv(), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('the workflow step "Run the digest", run as GitHub runs it', () => {
  it('briefs seeds/ for real into out/ when no config names sources: the digest, the index and the ledger, not the demo', async () => {
    const githubEnv = path.join(root, 'github-env');
    await writeFile(githubEnv, '');
    const result = await runStep({ INPUT_DATE: DATE, INPUT_SEND: 'true', INPUT_FORCE: 'false', SMTP_URL: '', GITHUB_ENV: githubEnv });
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(new RegExp(`^Digest ${DATE}: 5 articles kept`, 'mu'));
    expect(decodeLedgerDay(await readFile(path.join(root, 'out', 'ledger', `${DATE}.bin`)), DATE)).toHaveLength(5);
    expect(await readFile(path.join(root, 'out', `${DATE}.md`), 'utf8')).toContain(`# Briefing ${DATE}`);
    expect(await readFile(githubEnv, 'utf8')).toBe(`DIGEST_DATE=${DATE}\nstatus=0\n`);
  }, 120_000);
});
