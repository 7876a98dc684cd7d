import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleTemporaries } from '../../pipeline/deliver/remove-stale-temporaries.js';

describe('removeStaleTemporaries', () => {
  it('removes the temporaries a killed run left in the output folder, sent/ and ledger/, and nothing else', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'stale-'));
    await mkdir(path.join(outDir, 'sent'));
    await mkdir(path.join(outDir, 'ledger'));
    await writeFile(path.join(outDir, '.README.md.41.2.tmp'), 'half');
    await writeFile(path.join(outDir, 'sent', '.2026-11-23.json.41.3.tmp'), 'half');
    await writeFile(path.join(outDir, 'ledger', '.2026-11-23.bin.41.4.tmp'), 'half');
    // Not of the shape the tool gives its temporaries: somebody's, kept.
    await writeFile(path.join(outDir, 'ledger', '.notes.tmp'), 'mine');
    await writeFile(path.join(outDir, 'ledger', '2026-11-22.bin'), 'ADL1');
    expect(await removeStaleTemporaries(outDir)).toEqual(['.README.md.41.2.tmp', 'sent/.2026-11-23.json.41.3.tmp', 'ledger/.2026-11-23.bin.41.4.tmp']);
    expect(await readdir(outDir)).toEqual(['ledger', 'sent']);
    expect(await readdir(path.join(outDir, 'sent'))).toEqual([]);
    expect((await readdir(path.join(outDir, 'ledger'))).sort()).toEqual(['.notes.tmp', '2026-11-22.bin']);
  });
});
