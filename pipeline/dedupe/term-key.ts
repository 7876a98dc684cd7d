/** A term as the ledger stores it: `#` and 8 hex digits, its 32-bit hash. */
const HASHED = /^#[0-9a-f]{8}$/u;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * The key by which a group's stored term is compared with today's features:
 * `#` and the term's 32-bit FNV-1a hash (of its UTF-16 code units). A term the
 * ledger stored hashed is its own key; one stored as text (the ledger.json of
 * earlier versions, day files written before hashing) is hashed here, so both
 * meet today's vocabulary the same way. Hashes cost a quarter of the terms'
 * text in the ledger, and two of a day's few thousand features collide about
 * once in a million days.
 */
export function termKey(term: string): string {
  if (HASHED.test(term)) return term;
  let hash = FNV_OFFSET;
  for (let i = 0; i < term.length; i++) hash = Math.imul(hash ^ term.charCodeAt(i), FNV_PRIME);
  return `#${(hash >>> 0).toString(16).padStart(8, '0')}`;
}
