import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGit } from '../../../pipeline/actors/kb/build/read-git.js';

// Three-byte characters, far more than one pipe read (64 KiB) holds: chunk boundaries
// fall inside characters.
const EUROS = '€'.repeat(200_000);
// "Sinn Féin" in Latin-1, as parlparse's older XML files are encoded.
const LATIN1 = Buffer.from([0x53, 0x69, 0x6e, 0x6e, 0x20, 0x46, 0xe9, 0x69, 0x6e]);

let root: string;
let gitDir: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'kb-read-git-'));
  const work = join(root, 'work');
  gitDir = join(root, 'repo');
  execFileSync('git', ['init', '-q', work]);
  writeFileSync(join(work, 'euros.txt'), EUROS);
  writeFileSync(join(work, 'latin1.xml'), LATIN1);
  execFileSync('git', ['-C', work, 'add', '.']);
  execFileSync('git', ['-C', work, '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-qm', 'files']);
  execFileSync('git', ['clone', '-q', '--bare', work, gitDir]);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readGit', () => {
  it('reads a large UTF-8 file whole, with no character broken at a chunk boundary', async () => {
    const text = await readGit(gitDir, 'HEAD', 'euros.txt');
    expect(text.length).toBe(EUROS.length);
    expect(text).toBe(EUROS);
  });

  it('reads a Latin-1 file as Latin-1', async () => {
    expect(await readGit(gitDir, 'HEAD', 'latin1.xml', 'latin1')).toBe('Sinn Féin');
  });

  it('names the file, the revision and the reason when the file is not there', async () => {
    await expect(readGit(gitDir, 'HEAD', 'missing.txt')).rejects.toThrow(/Cannot read missing\.txt at HEAD in .*repo: .*missing\.txt/);
  });
});
