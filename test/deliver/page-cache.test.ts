import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
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

  it('keeps no credential or token on disk, and gives back where a private page came from', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cache-'));
    const cache = createPageCache(dir, () => {});
    const url = 'http://reader:hunter2@intranet.example/memo?token=T0K3N';
    const privateAddresses = [{ host: 'intranet.example', address: '10.0.0.5' }];
    await cache.put(url, { url, status: 200, body: new Uint8Array([0x68, 0x69]), privateAddresses });
    const [name] = await readdir(path.join(dir, CACHE_DIR));
    const stored = await readFile(path.join(dir, CACHE_DIR, name!), 'utf8');
    expect(stored).not.toMatch(/hunter2|T0K3N/u);
    expect(await cache.get(url)).toMatchObject({ url: 'http://REDACTED@intranet.example/memo?token=REDACTED', privateAddresses });
    expect(await cache.get('http://reader:other@intranet.example/memo?token=OTHER')).toBeUndefined();
  });
});
