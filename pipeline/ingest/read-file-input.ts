import type { FileHandle } from 'node:fs/promises';
import type { IngestResult, SourceKind } from '../types.js';
import { openInputFile } from './files/open-input-file.js';
import { readDecoded } from './read-decoded.js';
import { reject } from './reject.js';

/** Default largest input file, bytes (10 MB): a news page is a few hundred KB; bigger is a mistake or an attack. */
const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Which reader each extension goes to. A JSON file is read as a JSON Feed. */
const READERS: Readonly<Record<string, SourceKind>> = {
  '.txt': 'text', '.text': 'text',
  '.md': 'markdown', '.markdown': 'markdown',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed', '.json': 'feed',
};

/**
 * Reads one file: checks extension and size before reading (an oversized file is never
 * read whole), decodes it, then hands the text to the reader for its kind. The file is
 * opened by its real path through `openInputFile`, which refuses anything that stopped
 * being the regular file the walk found.
 */
export async function readFileInput(
  displayPath: string,
  real: string,
  maxFileBytes: number | undefined,
  readAs: (kind: SourceKind, text: string) => Promise<IngestResult[]>,
): Promise<IngestResult[]> {
  const extension = extensionOf(displayPath);
  const kind = READERS[extension];
  if (kind === undefined) {
    const known = Object.keys(READERS).join(', ');
    return [reject(displayPath, 'unsupported', `The extension "${extension || '(none)'}" is not one we read (${known}).`)];
  }
  const limit = maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const opened = await openInputFile(real);
  if (!opened.ok) return [reject(displayPath, opened.code, opened.reason)];
  let bytes: Uint8Array;
  try {
    if (opened.size > limit) return [reject(displayPath, 'too-large', `The file is ${String(opened.size)} bytes, over the limit of ${String(limit)} bytes.`)];
    bytes = await readAtMost(opened.handle, opened.size, limit + 1);
  } catch (error) {
    return [reject(displayPath, 'unreachable', `The file could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`)];
  } finally {
    await opened.handle.close();
  }
  if (bytes.byteLength > limit) return [reject(displayPath, 'too-large', `The file grew past the limit of ${String(limit)} bytes while being read.`)];
  const decoded = await readDecoded(displayPath, bytes, undefined, kind);
  if (!decoded.ok) return [decoded.result];
  return readAs(kind, decoded.text);
}

/** The reader a file goes to by its extension, if any. */
export function fileKind(displayPath: string): SourceKind | undefined {
  return READERS[extensionOf(displayPath)];
}

function extensionOf(displayPath: string): string {
  return /\.[^./]+$/u.exec(displayPath.toLowerCase())?.[0] ?? '';
}

/** Reads at most `max` bytes, so a file that grows after stat cannot exhaust memory. */
async function readAtMost(handle: FileHandle, size: number, max: number): Promise<Uint8Array> {
  const buffer = Buffer.alloc(Math.min(max, size + 1));
  let filled = 0;
  while (filled < buffer.length) {
    const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}
