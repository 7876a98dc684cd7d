import { createHash } from 'node:crypto';

/** Hex characters of a content hash kept: 64 bits tell an edited file from ours with certainty in practice. */
const HASH_HEX_CHARS = 16;

/** The hash under which the output manifest remembers what the tool wrote into a file. */
export function contentHash(bytes: Uint8Array | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex').slice(0, HASH_HEX_CHARS)}`;
}
