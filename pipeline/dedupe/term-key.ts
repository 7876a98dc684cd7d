import { FNV_OFFSET, FNV_PRIME } from './word-hashes.js';

/** A term as the ledger stores it: `#` and 8 hex digits, its 32-bit hash. */
const HASHED = /^#[0-9a-f]{8}$/u;

/**
 * The key by which the ledger keeps a group's term and compares it with
 * today's features: `#` and the term's 32-bit FNV-1a hash (of its UTF-16 code
 * units). A key is its own key; a term kept as text (ledgers written before
 * hashing) is hashed here, so both meet today's vocabulary the same way.
 * Hashes take a quarter of the terms' text in the ledger. A stored term meets
 * a wrong feature of a large day (100,000 features) about once in 40,000
 * terms; continuing a group takes two shared terms and a cosine of 0.25, so
 * such a collision can only nudge a score.
 */
export function termKey(term: string): string {
  if (HASHED.test(term)) return term;
  let hash = FNV_OFFSET;
  for (let i = 0; i < term.length; i++) hash = Math.imul(hash ^ term.charCodeAt(i), FNV_PRIME);
  return `#${(hash >>> 0).toString(16).padStart(8, '0')}`;
}
