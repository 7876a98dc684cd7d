import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_DIR, createPageCache } from '../../pipeline/deliver/page-cache.js';

describe('createPageCache', () => {
  it('returns the stored bytes for the requested URL', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cache-'));
    const cache = createPageCache(dir, () => {});
    const body = new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69, 0x00, 0xff]);
    await cache.put('https://example.org/a', { url: 'https://example.org/b', status: 200, contentType: 'text/html', body });
    const page = await cache.get('https://example.org/a');
    expect(page?.url).toBe('https://example.org/b');
    expect(page?.contentType).toBe('text/html');
    expect([...page!.body]).toEqual([...body]);
    expect(await cache.get('https://example.org/b')).toBeUndefined();
  });

  it('reports a corrupt entry and treats it as missing', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cache-'));
    const warnings: string[] = [];
    const cache = createPageCache(dir, (message) => warnings.push(message));
    await cache.put('https://example.org/a', { url: 'https://example.org/a', status: 200, body: new Uint8Array([1]) });
    const [name] = await readdir(path.join(dir, CACHE_DIR));
    await writeFile(path.join(dir, CACHE_DIR, name!), '{"requested":');
    expect(await cache.get('https://example.org/a')).toBeUndefined();
    expect(warnings[0]).toMatch(/corrupt .* fetching again/);
  });
});
