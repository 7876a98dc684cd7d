import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { redactUrl } from '../safety/redact-url.js';
import type { PageCache, PrivateAddress } from '../types.js';
import { writeFileAtomic } from './write-file-atomic.js';

/** Cache folder inside the output folder (ignored by git: pages are large and re-fetchable). */
export const CACHE_DIR = '.cache/pages';

/**
 * What a cache file holds; the body is base64 so any bytes survive JSON. The URLs are
 * kept redacted (no credentials or tokens on disk): the file name, a hash of the real
 * URL, is what finds an entry.
 */
interface StoredPage {
  readonly requested: string;
  readonly url: string;
  readonly status: number;
  readonly contentType?: string;
  readonly privateAddresses?: readonly PrivateAddress[];
  readonly body: string;
}

/**
 * A page cache on disk, one JSON file per requested URL (named by its hash).
 * A corrupt entry is reported through `warn` and treated as missing, so the
 * page is fetched again and the entry rewritten whole.
 */
export function createPageCache(outDir: string, warn: (message: string) => void): PageCache {
  const dir = path.join(outDir, CACHE_DIR);
  const fileOf = (url: string) => path.join(dir, `${createHash('sha256').update(url).digest('hex')}.json`);
  return {
    async get(url) {
      let raw: string;
      try {
        raw = await readFile(fileOf(url), 'utf8');
      } catch {
        return undefined;
      }
      try {
        const stored = JSON.parse(raw) as StoredPage;
        if ((stored.requested !== url && stored.requested !== redactUrl(url)) || typeof stored.body !== 'string' || typeof stored.status !== 'number') {
          throw new Error('fields missing or for another URL');
        }
        return {
          url: stored.url,
          status: stored.status,
          body: Buffer.from(stored.body, 'base64'),
          ...(stored.contentType !== undefined && { contentType: stored.contentType }),
          ...(Array.isArray(stored.privateAddresses) && { privateAddresses: stored.privateAddresses }),
        };
      } catch (error) {
        warn(`cache entry ${fileOf(url)} for ${url} is corrupt (${(error as Error).message}); fetching again`);
        return undefined;
      }
    },
    async put(url, page) {
      await mkdir(dir, { recursive: true });
      const stored: StoredPage = {
        requested: redactUrl(url),
        url: redactUrl(page.url),
        status: page.status,
        ...(page.contentType === undefined ? {} : { contentType: page.contentType }),
        ...(page.privateAddresses === undefined ? {} : { privateAddresses: page.privateAddresses }),
        body: Buffer.from(page.body).toString('base64'),
      };
      await writeFileAtomic(fileOf(url), JSON.stringify(stored) + '\n');
    },
  };
}
