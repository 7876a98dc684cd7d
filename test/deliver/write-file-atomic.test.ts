import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../pipeline/deliver/write-file-atomic.js';

describe('writeFileAtomic', () => {
  it('replaces the file whole and leaves no temporary file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'atomic-'));
    const file = path.join(dir, 'a.md');
    await writeFile(file, 'old');
    await writeFileAtomic(file, 'new content');
    expect(await readFile(file, 'utf8')).toBe('new content');
    expect(await readdir(dir)).toEqual(['a.md']);
  });

  it('leaves what was there and no temporary file when the final rename fails', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'atomic-'));
    // A non-empty folder where the file should go: the rename fails even for root.
    const target = path.join(dir, 'a.md');
    await mkdir(target);
    await writeFile(path.join(target, 'keep'), 'old');
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow(/EISDIR|ENOTEMPTY|EEXIST/);
    expect(await readdir(dir)).toEqual(['a.md']);
    expect(await readFile(path.join(target, 'keep'), 'utf8')).toBe('old');
  });
});
