import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../pipeline/ingest/index.js';
import type { IngestOutput } from '../../pipeline/types.js';

/** Text that must never reach an output: it stands for /etc/shadow or an .env file. */
const SECRET = 'SMTP_URL=smtps://mailer:hunter2-SECRET-7f3a@mail.example.net';
/** A FIFO read by mistake blocks until a writer comes; every case here must end well within this. */
const HANG_BOUND_MS = 10_000;

const article = (topic: string) => `Ministers of several states met in Lisbon on Tuesday to discuss ${topic}, officials said.\n\nThe talks covered ${topic} in detail, and a further meeting was planned for next month in Madrid, the organisers said after the session.\n`;

let base: string;
let work: string;
let socketServer: Server;
/** Reads the sources with the output folder (in/briefings) excluded, as a run does, unless told otherwise. */
const read = (sources: string[], exclude = [path.join(work, 'in/briefings')]) => ingest(sources, { cwd: work, userAgent: 'actor-digest/test', exclude });
const leaks = (output: IngestOutput) => JSON.stringify(output).includes('hunter2') || JSON.stringify(output).includes(base);
const reasonOf = (output: IngestOutput, p: string) => output.rejected.find((r) => r.path === p);

beforeAll(async () => {
  base = realpathSync(mkdtempSync(path.join(tmpdir(), 'expand-')));
  // outside the working folder: what a symlink must not reach
  mkdirSync(path.join(base, 'home'));
  writeFileSync(path.join(base, 'home/.env'), `${SECRET}\n`);
  writeFileSync(path.join(base, 'home/secret.md'), `---\ntitle: Secret\n---\n\n${SECRET} ${article('secrets')}`);
  mkdirSync(path.join(base, 'home/private'));
  writeFileSync(path.join(base, 'home/private/notes.txt'), `${SECRET}\n\n${article('private notes')}`);
  writeFileSync(path.join(base, 'elsewhere.md'), `---\ntitle: Elsewhere\n---\n\n${article('a folder named by the user')}`);

  work = path.join(base, 'work');
  mkdirSync(path.join(work, 'in/sub'), { recursive: true });
  writeFileSync(path.join(work, 'in/a.md'), `---\ntitle: Alpha\n---\n\n${article('harbour cranes')}`);
  writeFileSync(path.join(work, 'in/sub/b.txt'), `Beta talks\n\n${article('fishing quotas')}`);
  symlinkSync(path.join(base, 'home/secret.md'), path.join(work, 'in/shadow.md'));
  symlinkSync(path.join(base, 'home/.env'), path.join(work, 'in/env.md'));
  symlinkSync(path.join(base, 'home/private'), path.join(work, 'in/private'));
  symlinkSync('a.md', path.join(work, 'in/alias.md'));
  symlinkSync('..', path.join(work, 'in/sub/up'));
  symlinkSync('self', path.join(work, 'in/self'));
  symlinkSync('nowhere.md', path.join(work, 'in/dangling.md'));
  execFileSync('mkfifo', [path.join(work, 'in/pipe.md')]);

  // a second root, reached from the first through a symlinked folder
  mkdirSync(path.join(work, 'more'));
  writeFileSync(path.join(work, 'more/c.md'), `---\ntitle: Gamma\n---\n\n${article('rail freight')}`);
  symlinkSync(path.join(work, 'more'), path.join(work, 'in/more-link'));

  // named on the command line
  execFileSync('mkfifo', [path.join(work, 'named-pipe.txt')]);
  symlinkSync('in/a.md', path.join(work, 'latest.md'));
  symlinkSync(path.join(base, 'home/secret.md'), path.join(work, 'named-secret.md'));
  writeFileSync(path.join(work, '.env'), `${SECRET}\n`);
  symlinkSync('.env', path.join(work, 'named-env.md'));
  symlinkSync(path.join(base, 'elsewhere-folder'), path.join(work, 'linked-folder'));
  mkdirSync(path.join(base, 'elsewhere-folder'));
  writeFileSync(path.join(base, 'elsewhere-folder/d.md'), `---\ntitle: Delta\n---\n\n${article('a folder named by the user')}`);
  socketServer = createServer();
  await new Promise<void>((resolve) => socketServer.listen(path.join(work, 'in/socket.md'), resolve));

  // the output folder inside an input folder, with yesterday's digest in it
  mkdirSync(path.join(work, 'in/briefings'));
  writeFileSync(path.join(work, 'in/briefings/2026-04-01.md'), `# Briefing 2026-04-01\n\n${article('yesterday')}`);
  writeFileSync(path.join(work, 'in/briefings/README.md'), `# Digests\n\n${article('the index')}`);
  symlinkSync('briefings/2026-04-01.md', path.join(work, 'in/old-digest.md'));
});

afterAll(() => new Promise<void>((resolve) => socketServer.close(() => resolve())));

describe('symlinks in an input folder', () => {
  it('refuses a symlink that leads outside the input roots, without naming or reading its target', async () => {
    const output = await read(['in']);
    expect(reasonOf(output, 'in/shadow.md')).toMatchObject({ code: 'blocked', reason: expect.stringContaining('outside the input folders') });
    expect(reasonOf(output, 'in/env.md')).toMatchObject({ code: 'blocked' });
    expect(reasonOf(output, 'in/private')).toMatchObject({ code: 'blocked' });
    expect(leaks(output)).toBe(false);
  });

  it('reads every real file once, under its own path, however many links lead to it', async () => {
    const output = await read(['in', 'more']);
    expect(output.articles.map((a) => a.path)).toEqual(['in/a.md', 'in/sub/b.txt', 'more/c.md']);
    expect(output.articles.map((a) => a.title)).toEqual(['Alpha', 'Beta talks', 'Gamma']);
  });

  it('ends symlink loops: a link to the folder above, or to itself, is refused as a loop and nothing is doubled', async () => {
    const output = await read(['in']);
    expect(reasonOf(output, 'in/sub/up')).toMatchObject({ code: 'blocked', reason: expect.stringContaining('loop') });
    expect(reasonOf(output, 'in/self')).toMatchObject({ code: 'blocked', reason: expect.stringContaining('loop') });
    const titles = output.articles.map((a) => a.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('says a dangling symlink points to nothing', async () => {
    const output = await read(['in']);
    expect(reasonOf(output, 'in/dangling.md')).toMatchObject({ code: 'unreachable', reason: expect.stringContaining('points to nothing') });
  });

  it('refuses the same links when a glob matches them', async () => {
    const output = await read(['in/*.md']);
    expect(reasonOf(output, 'in/shadow.md')).toMatchObject({ code: 'blocked' });
    expect(reasonOf(output, 'in/pipe.md')).toMatchObject({ code: 'unsupported', reason: expect.stringContaining('FIFO') });
    expect(output.articles.map((a) => a.path)).toEqual(['in/a.md']);
    expect(leaks(output)).toBe(false);
  });
});

describe('symlinks named on the command line', () => {
  it('reads a named link to a file inside the working folder, once', async () => {
    const output = await read(['latest.md', 'in/a.md']);
    expect(output.articles.map((a) => a.path)).toEqual(['in/a.md']);
    const alone = await read(['latest.md']);
    expect(alone.articles.map((a) => [a.path, a.title])).toEqual([['latest.md', 'Alpha']]);
  });

  it('refuses a named link that leads out of the working folder, or to a hidden file', async () => {
    const output = await read(['named-secret.md', 'named-env.md']);
    expect(output.rejected.map((r) => [r.path, r.code])).toEqual([['named-env.md', 'blocked'], ['named-secret.md', 'blocked']]);
    expect(output.articles).toEqual([]);
    expect(leaks(output)).toBe(false);
  });

  it('reads a named folder wherever it really is: its real path is an input root', async () => {
    const output = await read(['linked-folder']);
    expect(output.articles.map((a) => [a.path, a.title])).toEqual([['linked-folder/d.md', 'Delta']]);
  });
});

describe('special files', () => {
  it('refuses FIFOs and sockets with a reason, named or found, and never waits on them', async () => {
    const started = Date.now();
    const output = await read(['in', 'named-pipe.txt']);
    expect(Date.now() - started).toBeLessThan(HANG_BOUND_MS);
    expect(reasonOf(output, 'in/pipe.md')).toEqual({ path: 'in/pipe.md', code: 'unsupported', reason: 'Not a regular file: FIFO (named pipe); only regular files are read.' });
    expect(reasonOf(output, 'named-pipe.txt')).toMatchObject({ code: 'unsupported', reason: expect.stringContaining('FIFO') });
    expect(reasonOf(output, 'in/socket.md')).toMatchObject({ code: 'unsupported', reason: expect.stringContaining('socket') });
  }, HANG_BOUND_MS * 2);
});

describe('the output folder', () => {
  const outDir = () => path.join(work, 'in/briefings');

  it('is passed over by a folder walk, by a glob and by a symlink into it', async () => {
    const walked = await read(['in'], [outDir()]);
    const globbed = await read(['**/*.md'], [outDir()]);
    for (const output of [walked, globbed]) {
      const paths = [...output.articles.map((a) => a.path), ...output.rejected.map((r) => r.path)];
      expect(paths.some((p) => p.includes('briefings') || p.includes('old-digest'))).toBe(false);
    }
    const unexcluded = await read(['in'], []);
    expect(unexcluded.articles.some((a) => a.path === 'in/briefings/2026-04-01.md')).toBe(true);
  });

  it('is refused with a reason when named', async () => {
    const output = await read(['in/briefings', 'in/briefings/README.md'], [outDir()]);
    expect(output.rejected.map((r) => [r.path, r.code])).toEqual([['in/briefings', 'blocked'], ['in/briefings/README.md', 'blocked']]);
    expect(output.rejected[0]?.reason).toContain('output folder');
  });
});
