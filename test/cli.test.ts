import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/run-cli.js';

const DATE = '2026-01-01';
const execFileAsync = promisify(execFile);
const FORMATS = ['md', 'html', 'txt', 'json'] as const;

async function readOutputs(outDir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const format of FORMATS) files[format] = await readFile(path.join(outDir, `${DATE}.${format}`), 'utf8');
  return files;
}

describe('digest CLI', () => {
  it('briefs the inputs it is given into every format, the index and the ledger', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'cli-'));
    const result = await runCli(['seeds', '--out', outDir, '--date', DATE]);
    expect(result.stderr).toMatch(/^ingest +5 inputs: 5 articles, 0 rejected/m);
    expect(result.stderr).toMatch(/^Digest 2026-01-01: 5 articles kept/m);
    expect(result.code).toBe(0);
    const names = await readdir(outDir);
    for (const format of FORMATS) expect(names).toContain(`${DATE}.${format}`);
    expect(names).toContain('README.md');
    expect(names).toContain('index.json');
    expect(await readdir(path.join(outDir, 'ledger'))).toEqual([`${DATE}.bin`]);
    const digest = JSON.parse((await readOutputs(outDir)).json!);
    expect(digest).toMatchObject({ schemaVersion: 1, date: DATE, stats: { inputs: 5, articles: 5, rejected: 0 } });
    expect(digest.generator).toMatch(/^actor-digest@\d+\.\d+\.\d+$/);
  });

  it('gives byte-identical files for the same inputs and date', async () => {
    const first = await mkdtemp(path.join(tmpdir(), 'cli-'));
    const second = await mkdtemp(path.join(tmpdir(), 'cli-'));
    await runCli(['seeds', '--out', first, '--date', DATE, '-q']);
    await runCli(['seeds', '--out', second, '--date', DATE, '-q']);
    // A rerun into the same folder (ledger now present) must reproduce too.
    const before = await readOutputs(first);
    await runCli(['seeds', '--out', first, '--date', DATE, '-q']);
    expect(await readOutputs(first)).toEqual(before);
    expect(await readOutputs(second)).toEqual(before);
  });

  it('runs the seed demo when given no inputs: the whole seed briefing under <out>/demo/, no ledger, and where to open it', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'cli-'));
    const result = await runCli(['--out', outDir, '--date', DATE]);
    expect(result.code, result.stderr).toBe(0);
    const demo = path.join(outDir, 'demo');
    expect(result.stderr).toContain(`Open ${path.relative(ROOT, path.join(demo, `${DATE}.md`))}, or ${path.relative(ROOT, path.join(demo, `${DATE}.html`))} in a browser`);
    const names = await readdir(demo);
    for (const format of FORMATS) expect(names).toContain(`${DATE}.${format}`);
    expect(names).toContain('README.md');
    expect(names).not.toContain('ledger');
    expect(await readdir(outDir)).toEqual(['demo']);
    const digest = JSON.parse((await readOutputs(demo)).json!);
    expect(digest.stats).toMatchObject({ inputs: 5, articles: 5, rejected: 0 });
  });

  it('briefs the seeds whole in the demo whatever the ledger of the output folder says, and the same bytes on a rerun', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'cli-'));
    const briefed = await runCli(['seeds', '--out', outDir, '--date', DATE, '-q']);
    expect(briefed.code, briefed.stderr).toBe(0);
    const later = '2026-01-02';
    const first = await runCli(['--out', outDir, '--date', later, '-q']);
    expect(first.code, first.stderr).toBe(0);
    const demoJson = path.join(outDir, 'demo', `${later}.json`);
    const before = await readFile(demoJson, 'utf8');
    expect(JSON.parse(before).stats).toMatchObject({ articles: 5 });
    await runCli(['--out', outDir, '--date', later, '-q', '--send'], { env: { SMTP_URL: 'smtp://127.0.0.1:9', DIGEST_FROM: 'a@example.org', DIGEST_TO: 'b@example.org' } });
    expect(await readFile(demoJson, 'utf8')).toBe(before);
    expect(await readdir(path.join(outDir, 'demo'))).toContain(`${later}.eml`);
  });

  it('keeps one ledger file per date and lists earlier digests from index.json, without reading them again', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'cli-'));
    const inputs = await mkdtemp(path.join(tmpdir(), 'inputs-'));
    const seeds = (await readdir(path.join(ROOT, 'seeds'))).sort();
    for (const [day, names] of [['2026-01-01', seeds.slice(0, 2)], ['2026-01-02', seeds.slice(2)]] as const) {
      const folder = path.join(inputs, day);
      await mkdir(folder);
      for (const name of names) await copyFile(path.join(ROOT, 'seeds', name), path.join(folder, name));
      const result = await runCli([folder, '--out', outDir, '--date', day, '-q']);
      expect(result.code, result.stderr).toBe(0);
    }
    expect(await readdir(path.join(outDir, 'ledger'))).toEqual(['2026-01-01.bin', '2026-01-02.bin']);
    const firstDay = await readFile(path.join(outDir, 'ledger', '2026-01-01.bin'));
    await writeFile(path.join(outDir, '2026-01-01.json'), 'no longer read');
    const third = await runCli([path.join(inputs, '2026-01-02'), '--out', outDir, '--date', '2026-01-03', '-q']);
    expect(third.code, third.stderr).toBe(0);
    expect(third.stderr).toBe('');
    const index = await readFile(path.join(outDir, 'README.md'), 'utf8');
    expect(index.indexOf('2026-01-03')).toBeLessThan(index.indexOf('2026-01-02'));
    expect(index).toContain('2026-01-01');
    expect(await readFile(path.join(outDir, 'ledger', '2026-01-01.bin'))).toEqual(firstDay);
  });

  it('lists the ledger day files and index.json it wrote in the manifest, and forgets the day files past the retention', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cli-'));
    const seeds = (await readdir(path.join(ROOT, 'seeds'))).sort();
    await writeFile(path.join(dir, 'digest.config.json'), JSON.stringify({ dedupe: { retentionDays: 1 } }));
    const manifest = async () => Object.keys(JSON.parse(await readFile(path.join(dir, 'out', '.actor-digest-manifest.json'), 'utf8')).files);
    for (const [day, seed] of [['2026-01-01', seeds[0]!], ['2026-03-01', seeds[1]!]] as const) {
      await mkdir(path.join(dir, day));
      await copyFile(path.join(ROOT, 'seeds', seed), path.join(dir, day, seed));
      const result = await runCli([day, '--out', 'out', '--date', day, '-q'], { cwd: dir });
      expect(result.code, result.stderr).toBe(0);
      expect(await manifest()).toEqual(expect.arrayContaining(['index.json', 'README.md', `ledger/${day}.bin`]));
    }
    // The first day fell out of the 1-day retention: its file went, and the manifest no longer names it.
    expect(await readdir(path.join(dir, 'out', 'ledger'))).toEqual(['2026-03-01.bin']);
    expect((await manifest()).filter((name) => name.startsWith('ledger/'))).toEqual(['ledger/2026-03-01.bin']);
  });

  it('lists bad inputs as rejected with a reason and briefs the rest', async () => {
    const inputs = await mkdtemp(path.join(tmpdir(), 'inputs-'));
    const outDir = path.join(inputs, 'out');
    await mkdir(path.join(inputs, 'articles'));
    for (const name of (await readdir(path.join(ROOT, 'seeds'))).slice(0, 2)) {
      await copyFile(path.join(ROOT, 'seeds', name), path.join(inputs, 'articles', name));
    }
    await writeFile(path.join(inputs, 'articles', 'empty.txt'), '');
    await writeFile(path.join(inputs, 'articles', 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    const result = await runCli(['articles', '--out', outDir, '--date', DATE], { cwd: inputs });
    expect(result.code).toBe(0);
    const digest = JSON.parse(await readFile(path.join(outDir, `${DATE}.json`), 'utf8'));
    expect(digest.stats).toMatchObject({ inputs: 4, articles: 2, rejected: 2 });
    expect(digest.rejected.map((r: { path: string }) => r.path)).toEqual(['articles/binary.txt', 'articles/empty.txt']);
    for (const rejected of digest.rejected) expect(rejected.reason.length).toBeGreaterThan(5);
    expect(result.stderr).toMatch(/rejected articles\/empty\.txt/);
  });

  it('puts no absolute path of this machine into any output, whether inputs lie inside the run folder or outside it', async () => {
    const run = await mkdtemp(path.join(tmpdir(), 'run-'));
    const elsewhere = await mkdtemp(path.join(tmpdir(), 'elsewhere-'));
    const [first, second] = (await readdir(path.join(ROOT, 'seeds'))).slice(0, 2);
    await mkdir(path.join(run, 'in'));
    await copyFile(path.join(ROOT, 'seeds', first!), path.join(run, 'in', first!));
    await copyFile(path.join(ROOT, 'seeds', second!), path.join(elsewhere, second!));
    await writeFile(path.join(elsewhere, 'empty.txt'), '');
    const inputs = [path.join(run, 'in', first!), path.join(elsewhere, second!), path.join(elsewhere, 'empty.txt')];
    const result = await runCli([...inputs, '--out', 'out', '--date', DATE, '-q'], { cwd: run });
    expect(result.code).toBe(0);
    const outputs = await readOutputs(path.join(run, 'out'));
    for (const text of Object.values(outputs)) {
      expect(text).not.toContain(run);
      expect(text).not.toContain(elsewhere);
    }
    const digest = JSON.parse(outputs.json!);
    expect(digest.articles.map((a: { path: string }) => a.path).sort()).toEqual([`in/${first}`, second].sort());
    expect(digest.rejected.map((r: { path: string }) => r.path)).toEqual(['empty.txt']);
    expect(outputs.md).toContain(`\`in/${first}\``);
  });

  it('names the folder it could not use relative to the run, never by its absolute path', async () => {
    const run = await mkdtemp(path.join(tmpdir(), 'run-'));
    // A file where the output folder must be: Node's own error names it by its absolute path.
    await writeFile(path.join(run, 'out'), 'not a folder');
    const result = await runCli([path.join(ROOT, 'seeds'), '--out', 'out', '--date', DATE, '-q'], { cwd: run });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: Run failed: .*'out'.*Existing files under out were left as they were\./mu);
    expect(result.stderr).not.toContain(run);
    expect(result.stderr).not.toContain(ROOT);
  });

  it('refuses a date that is not a calendar date, with the usage exit code', async () => {
    const result = await runCli(['--date', '2026-02-30', '--out', await mkdtemp(path.join(tmpdir(), 'cli-'))]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--date "2026-02-30": expected a calendar date/);
  });

  it.each([
    [['--date', '2026-1-1'], /Cannot use --date "2026-1-1": expected a calendar date as YYYY-MM-DD/],
    [['--wait', '-1'], /Cannot use --wait "-1": expected seconds from 0 to 86400/],
    [['--wait', 'abc'], /Cannot use --wait "abc": expected seconds from 0 to 86400/],
    [['--wait', ''], /Cannot use --wait "": expected seconds/],
    [['--no-such-option'], /unknown option '--no-such-option'/],
  ])('stops %j with the usage exit code and a message, writing nothing', async (args, message) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cli-'));
    const result = await runCli([...args, '--out', path.join(dir, 'out')], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(await readdir(dir)).toEqual([]);
  });

  it.each([
    ['a timeout past what a timer can hold', { fetch: { timeoutMs: 9007199254740991 } }, /field fetch\.timeoutMs: Too big: expected number to be <=600000/],
    ['a retention of a quadrillion days', { dedupe: { retentionDays: 9007199254740991 } }, /field dedupe\.retentionDays: Too big/],
    ['no attempts at all', { fetch: { attempts: 0 } }, /field fetch\.attempts: Too small/],
    ['a size cap of one byte', { maxFileBytes: 1 }, /field maxFileBytes: Too small/],
    ['a mail timeout of a year', { email: { timeoutMs: 31536000000 } }, /field email\.timeoutMs: Too big/],
  ])('refuses a config with %s, naming the field and the range', async (_what, config, message) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cli-'));
    await writeFile(path.join(dir, 'digest.config.json'), JSON.stringify(config));
    const result = await runCli(['--out', 'out'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(await readdir(dir)).toEqual(['digest.config.json']);
  });

  it('refuses a FIFO as --config at once instead of waiting for a writer', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cli-'));
    await execFileAsync('mkfifo', [path.join(dir, 'config.json')]);
    const started = performance.now();
    const result = await runCli(['--config', 'config.json', '--out', 'out'], { cwd: dir });
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Cannot read config config.json: got a FIFO (named pipe), expected a regular file');
  });

  it.each([
    ['a port out of range', 'smtp://user:secret@127.0.0.1:99999', 'Cannot use SMTP_URL: got port 99999, expected a number from 1 to 65535'],
    ['a port that is not a number', 'smtp://user:secret@127.0.0.1:25x', 'Cannot use SMTP_URL: got port "25x", expected a number'],
    ['another scheme', 'http://user:secret@127.0.0.1:25', 'Cannot use SMTP_URL: got scheme http:'],
    ['an unknown query parameter', 'smtp://user:secret@127.0.0.1:25?pool=true', 'Cannot use SMTP_URL: got query parameter "pool"'],
  ])('stops on an SMTP_URL with %s before building the digest, without the password', async (_what, url, message) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cli-'));
    const env = { SMTP_URL: url, DIGEST_FROM: 'Digest <digest@example.org>', DIGEST_TO: 'ana@example.org' };
    // Given inputs: the demo (no inputs) never sends, so it never looks at SMTP_URL.
    const result = await runCli([path.join(ROOT, 'seeds'), '--out', 'out', '--send', '--date', DATE], { cwd: dir, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toContain('secret');
    expect(result.stderr).not.toMatch(/^ingest/m);
    expect(await readdir(dir)).toEqual([]);
  });

  it('stops on a DKIM key that does not load, before anything is built or sent', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cli-'));
    const env = {
      SMTP_URL: 'smtp://127.0.0.1:9',
      DIGEST_FROM: 'Digest <digest@example.org>',
      DIGEST_TO: 'ana@example.org',
      DKIM_DOMAIN: 'example.org',
      DKIM_SELECTOR: 's1',
      DKIM_PRIVATE_KEY: '-----BEGIN PRIVATE KEY-----\\nbm90IGEga2V5\\n-----END PRIVATE KEY-----',
    };
    const result = await runCli(['--out', 'out', '--send', '--date', DATE], { cwd: dir, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Cannot use DKIM_PRIVATE_KEY: the PEM block does not load as a private key');
    expect(result.stderr).not.toMatch(/^ingest/m);
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a config file with a misspelt field, naming it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cli-'));
    await writeFile(path.join(dir, 'digest.config.json'), JSON.stringify({ sources: [path.join(ROOT, 'seeds')], fetch: { timout: 5 } }));
    const result = await runCli(['--out', 'out'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Invalid config digest\.config\.json:\n {2}- unknown field "timout" in fetch/);
    expect(await readdir(dir)).toEqual(['digest.config.json']);
  });

  it('explains inputs, outputs, environment and exit codes in --help', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    for (const needle of ['--out', '--date', '--send', '--force', '--config', 'SMTP_URL', 'DIGEST_TO', 'Exit codes', 'seeds/']) {
      expect(result.stdout).toContain(needle);
    }
  });

  it('publishes a day whose only news is a developing story, and nothing on a day with nothing new', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cli-'));
    const inputs = path.join(dir, 'in');
    await cp(path.join(ROOT, 'seeds'), inputs, { recursive: true });
    const first = await runCli(['in', '--out', 'out', '--date', '2026-05-01', '-q'], { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    const quiet = await runCli(['in', '--out', 'out', '--date', '2026-05-02'], { cwd: dir });
    expect(quiet.code, quiet.stderr).toBe(0);
    expect(quiet.stderr).toContain('nothing new since 2026-05-01; last briefing: out/2026-05-01.md');
    expect((await readdir(path.join(dir, 'out'))).filter((name) => name.startsWith('2026-05-02'))).toEqual([]);
    // One seed grows a new paragraph: the same story, developing.
    const seed = path.join(inputs, '002_e3aeec2615f348da.txt');
    const text = await readFile(seed, 'utf8');
    const added = '\n\nOn Friday, Zarif said Iran would send a delegation to Geneva next week to press for a ceasefire in the north, and Lavrov welcomed the move in a statement.\n';
    await writeFile(seed, text.replace('IRNA reported.\n', `IRNA reported.\n${added}`));
    const developing = await runCli(['in', '--out', 'out', '--date', '2026-05-03'], { cwd: dir });
    expect(developing.code, developing.stderr).toBe(0);
    expect(developing.stderr).toMatch(/^dedupe +1 articles in 1 stories \(1 developing\)/m);
    const digest = JSON.parse(await readFile(path.join(dir, 'out', '2026-05-03.json'), 'utf8'));
    expect(digest.articles.map((article: { status: string }) => article.status)).toEqual(['developing']);
  });
});
