import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutputOwnership, contentHash, MANIFEST_FILE, OutputConflictError, writeOwnedFiles } from '../../pipeline/deliver/index.js';
import { ROOT } from '../helpers/run-cli.js';

const NAMES = ['2026-11-23.md', '2026-11-23.html', '2026-11-23.txt', '2026-11-23.json', '2026-11-23.eml', 'README.md', 'index.json', 'ledger.json', 'ledger/2026-11-23.bin'];
/** The first bytes of a ledger day file (LEDGER_DAY_MAGIC) and one byte of a row cut short. */
const DAY_FILE = 'ADL1\u0000';

async function folder(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'ownership-'));
}

describe('checkOutputOwnership', () => {
  it('recognises the files earlier versions wrote, before the manifest existed (the repository\'s own out/ less its manifest)', async () => {
    const outDir = await folder();
    await cp(path.join(ROOT, 'out'), outDir, { recursive: true });
    // As a clone has it: the .eml preview of a local run is git-ignored.
    await rm(path.join(outDir, '2026-11-23.eml'), { force: true });
    await rm(path.join(outDir, MANIFEST_FILE), { force: true });
    const { manifest, current } = await checkOutputOwnership(outDir, NAMES);
    expect(manifest.files).toEqual({});
    // Every file of the committed out/ (the .eml preview is never committed; ledger.json was replaced by the day files).
    expect([...current.keys()].sort()).toEqual(NAMES.filter((name) => !name.endsWith('.eml') && name !== 'ledger.json').sort());
  });

  it('recognises the repository\'s own out/ by its manifest, as the workflow commits it', async () => {
    const outDir = await folder();
    await cp(path.join(ROOT, 'out'), outDir, { recursive: true });
    // As a clone has it: the .eml preview of a local run is git-ignored.
    await rm(path.join(outDir, '2026-11-23.eml'), { force: true });
    const { manifest, current } = await checkOutputOwnership(outDir, NAMES);
    expect(Object.keys(manifest.files)).toContain('2026-11-23.md');
    expect([...current.keys()].sort()).toEqual(NAMES.filter((name) => !name.endsWith('.eml') && name !== 'ledger.json').sort());
  });

  it('refuses a README.md, ledger.json or dated file that the tool did not write, naming each', async () => {
    const outDir = await folder();
    await writeFile(path.join(outDir, 'README.md'), '# My project\n\nMine.\n');
    await writeFile(path.join(outDir, 'ledger.json'), '{"accounts": []}\n');
    await writeFile(path.join(outDir, '2026-11-23.md'), '# Diary, 23 November\n');
    const error = await checkOutputOwnership(outDir, NAMES).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OutputConflictError);
    expect((error as OutputConflictError).files).toEqual(['2026-11-23.md', 'README.md', 'ledger.json']);
    expect((error as Error).message).toContain('README.md is not a file actor-digest wrote');
  });

  it('refuses an index with a paragraph someone added, even without a manifest', async () => {
    const outDir = await folder();
    const index = await readFile(path.join(ROOT, 'out/README.md'), 'utf8');
    await writeFile(path.join(outDir, 'README.md'), `${index}\nMy notes on these briefings.\n`);
    await expect(checkOutputOwnership(outDir, ['README.md'])).rejects.toThrow('README.md is not a file actor-digest wrote');
  });

  it('refuses to overwrite a file the tool wrote and someone edited since, but accepts it unchanged', async () => {
    const outDir = await folder();
    const index = path.join(outDir, 'README.md');
    const ours = '# Briefings\n\nEvery digest, newest first.\n\nNo digests yet.\n';
    const next = '# Briefings\n\nEvery digest, newest first.\n\n- [2026-11-23](2026-11-23.md) — Talks _(1 articles)_\n';
    await writeOwnedFiles(outDir, [{ file: index, data: ours }]);
    await expect(checkOutputOwnership(outDir, ['README.md'], new Map([['README.md', contentHash(next)]]))).resolves.toBeDefined();
    await writeFile(index, `${ours}\nAnd my own line.\n`);
    await expect(writeOwnedFiles(outDir, [{ file: index, data: next }])).rejects.toThrow('README.md was changed since actor-digest wrote it');
    expect(await readFile(index, 'utf8')).toBe(`${ours}\nAnd my own line.\n`);
  });

  it('accepts a file that already holds what the run is about to write (a run killed before its manifest was renamed)', async () => {
    const outDir = await folder();
    const index = path.join(outDir, 'README.md');
    await writeOwnedFiles(outDir, [{ file: index, data: 'first\n' }]);
    // The killed run renamed the file but not the manifest.
    await writeFile(index, 'second\n');
    await writeOwnedFiles(outDir, [{ file: index, data: 'second\n' }]);
    const manifest = JSON.parse(await readFile(path.join(outDir, MANIFEST_FILE), 'utf8'));
    expect(manifest.files['README.md']).toEqual([contentHash('second\n')]);
  });

  it('refuses an index.json or a ledger day file that the tool did not write, and a ledger folder that is a link', async () => {
    const outDir = await folder();
    await writeFile(path.join(outDir, 'index.json'), '{"name": "my-package"}\n');
    await mkdir(path.join(outDir, 'ledger'));
    await writeFile(path.join(outDir, 'ledger', '2026-11-23.bin'), 'my backup\n');
    const error = await checkOutputOwnership(outDir, NAMES).catch((caught: unknown) => caught);
    expect((error as OutputConflictError).files).toEqual(['index.json', 'ledger/2026-11-23.bin']);

    const linked = await folder();
    const elsewhere = await folder();
    await symlink(elsewhere, path.join(linked, 'ledger'), 'dir');
    await expect(checkOutputOwnership(linked, ['ledger/2026-11-23.bin'])).rejects.toThrow('ledger is not a folder');
    await expect(writeOwnedFiles(linked, [{ file: path.join(linked, 'ledger', '2026-11-23.bin'), data: DAY_FILE }])).rejects.toBeInstanceOf(OutputConflictError);
    expect(await readdir(elsewhere)).toEqual([]);
  });

  it('keeps the ledger day files and index.json it wrote as state: an edit of them is read on, not refused', async () => {
    const outDir = await folder();
    const day = path.join(outDir, 'ledger', '2026-11-23.bin');
    const index = path.join(outDir, 'index.json');
    await writeOwnedFiles(outDir, [
      { file: day, data: DAY_FILE },
      { file: index, data: '{"version": 1, "digests": []}\n' },
    ]);
    await writeFile(day, 'damaged');
    await writeFile(index, '{"version": 1, "digests": [], "note": "mine"}\n');
    const { current } = await checkOutputOwnership(outDir, ['ledger/2026-11-23.bin', 'index.json', '2026-11-23.md']);
    expect([...current.keys()]).toEqual(['ledger/2026-11-23.bin', 'index.json']);
  });

  it('refuses a folder where a file goes, and a manifest it did not write', async () => {
    const outDir = await folder();
    await mkdir(path.join(outDir, 'README.md'));
    await expect(checkOutputOwnership(outDir, ['README.md'])).rejects.toThrow('README.md is not a regular file');
    await writeFile(path.join(outDir, MANIFEST_FILE), '[1, 2]');
    await expect(checkOutputOwnership(outDir, ['ledger.json'])).rejects.toThrow(`${MANIFEST_FILE} is not a manifest actor-digest wrote`);
  });
});

describe('writeOwnedFiles', () => {
  it('writes nothing at all when one name is taken, and lists what it wrote with its hash otherwise', async () => {
    const outDir = await folder();
    await writeFile(path.join(outDir, 'README.md'), 'mine\n');
    const files = [
      { file: path.join(outDir, '2026-11-23.md'), data: '# Briefing 2026-11-23\n' },
      { file: path.join(outDir, 'README.md'), data: '# Briefings\n' },
    ];
    await expect(writeOwnedFiles(outDir, files)).rejects.toBeInstanceOf(OutputConflictError);
    expect(await readFile(path.join(outDir, 'README.md'), 'utf8')).toBe('mine\n');
    await expect(readFile(path.join(outDir, '2026-11-23.md'))).rejects.toThrow(/ENOENT/);

    const other = await folder();
    await writeOwnedFiles(other, files.map(({ file, data }) => ({ file: path.join(other, path.basename(file)), data })));
    const manifest = JSON.parse(await readFile(path.join(other, MANIFEST_FILE), 'utf8'));
    expect(Object.keys(manifest.files)).toEqual(['2026-11-23.md', 'README.md']);
    expect(manifest.files['README.md']).toEqual([expect.stringMatching(/^sha256:[0-9a-f]{16}$/)]);
  });

  it('writes into the ledger folder, naming its files with "/", and forgets the names it is told went', async () => {
    const outDir = await folder();
    const day = (date: string) => ({ file: path.join(outDir, 'ledger', `${date}.bin`), data: DAY_FILE });
    await writeOwnedFiles(outDir, [day('2026-11-22'), day('2026-11-23')]);
    const read = async () => Object.keys(JSON.parse(await readFile(path.join(outDir, MANIFEST_FILE), 'utf8')).files);
    expect(await read()).toEqual(['ledger/2026-11-22.bin', 'ledger/2026-11-23.bin']);
    await writeOwnedFiles(outDir, [day('2026-11-24')], ['ledger/2026-11-22.bin']);
    expect(await read()).toEqual(['ledger/2026-11-23.bin', 'ledger/2026-11-24.bin']);
    // Nothing to write: only the manifest changes.
    await writeOwnedFiles(outDir, [], ['ledger/2026-11-23.bin']);
    expect(await read()).toEqual(['ledger/2026-11-24.bin']);
    await expect(writeOwnedFiles(outDir, [{ file: path.join(outDir, '..', 'outside.md'), data: '' }])).rejects.toThrow(/expected a file inside/u);
  });
});
