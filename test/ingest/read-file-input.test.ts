import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readFileInput } from '../../pipeline/ingest/read-file-input.js';
import type { IngestResult, SourceKind } from '../../pipeline/types.js';

const SECRET = 'secret-outside-the-roots-51c2';
const BODY = 'Harbour cranes resumed work on Friday after engineers certified the repaired rails, the port authority said.';

let dir: string;
/** What the reader was handed: the kind and text, so a test can see whether anything was read at all. */
let handed: string[];
const readAs = async (kind: SourceKind, text: string): Promise<IngestResult[]> => {
  handed.push(text);
  return [{ ok: false, rejected: { path: kind, code: 'empty', reason: 'test reader' } }];
};

beforeEach(() => {
  dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'read-file-')));
  handed = [];
  mkdirSync(path.join(dir, 'in'));
  writeFileSync(path.join(dir, 'in/a.txt'), BODY);
  mkdirSync(path.join(dir, 'outside'));
  writeFileSync(path.join(dir, 'outside/a.txt'), SECRET);
});

describe('readFileInput', () => {
  it('reads a regular file by its real path', async () => {
    await readFileInput('in/a.txt', path.join(dir, 'in/a.txt'), undefined, readAs);
    expect(handed).toEqual([BODY]);
  });

  it('refuses a file that became a symlink after the walk checked it, and reads nothing', async () => {
    rmSync(path.join(dir, 'in/a.txt'));
    symlinkSync(path.join(dir, 'outside/a.txt'), path.join(dir, 'in/a.txt'));
    const [result] = await readFileInput('in/a.txt', path.join(dir, 'in/a.txt'), undefined, readAs);
    expect(result).toMatchObject({ ok: false, rejected: { code: 'blocked', reason: expect.stringContaining('symlink') } });
    expect(handed).toEqual([]);
  });

  it('refuses a file whose folder became a symlink after the walk checked it, and reads nothing', async () => {
    renameSync(path.join(dir, 'in'), path.join(dir, 'moved'));
    symlinkSync(path.join(dir, 'outside'), path.join(dir, 'in'));
    const [result] = await readFileInput('in/a.txt', path.join(dir, 'in/a.txt'), undefined, readAs);
    expect(result).toMatchObject({ ok: false, rejected: { code: 'blocked' } });
    expect(handed).toEqual([]);
  });

  it('refuses a file that became a FIFO, at once, without waiting for a writer', async () => {
    rmSync(path.join(dir, 'in/a.txt'));
    execFileSync('mkfifo', [path.join(dir, 'in/a.txt')]);
    const [result] = await readFileInput('in/a.txt', path.join(dir, 'in/a.txt'), undefined, readAs);
    expect(result).toMatchObject({ ok: false, rejected: { code: 'unsupported', reason: expect.stringContaining('FIFO') } });
  }, 10_000);

  it('names no absolute path when a file cannot be opened', async () => {
    const [result] = await readFileInput('in/gone.txt', path.join(dir, 'in/gone.txt'), undefined, readAs);
    expect(result).toMatchObject({ ok: false, rejected: { code: 'unreachable', reason: 'The file could not be opened (ENOENT).' } });
  });
});
