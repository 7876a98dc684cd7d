import { createHash } from 'node:crypto';

/**
 * Fingerprint of a story first seen today: from its smallest article id, not
 * from its canonical, so it does not change with which copy leads. Later days
 * reach the same fingerprint through the ledger (shared ids or sketches).
 */
export function storyFingerprint(articleIds: readonly string[], salt = ''): string {
  const smallest = [...articleIds].sort()[0] ?? '';
  return createHash('sha256').update(`story\n${smallest}\n${salt}`).digest('hex').slice(0, 16);
}
