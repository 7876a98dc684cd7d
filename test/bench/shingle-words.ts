/** Words per shingle for the peer baselines: the textbook 5, as the peers are usually run. */
export const PEER_SHINGLE_WORDS = 5;

const WORD = /[\p{L}\p{N}]+/gu;

/** The lower-cased word 5-shingles of a text, as strings (what the minhash package hashes). */
export function shingleWords(text: string): string[] {
  const words = text.toLowerCase().match(WORD) ?? [];
  if (words.length < PEER_SHINGLE_WORDS) return words.length === 0 ? [] : [words.join(' ')];
  const shingles: string[] = [];
  for (let i = 0; i + PEER_SHINGLE_WORDS <= words.length; i++) shingles.push(words.slice(i, i + PEER_SHINGLE_WORDS).join(' '));
  return shingles;
}

/** The distinct shingles of a text as sorted 32-bit hashes (FNV-1a), for exact set comparison by merging. */
export function shingleSet(text: string): Uint32Array {
  const hashes = new Uint32Array(
    shingleWords(text).map((shingle) => {
      let hash = 0x811c9dc5;
      for (let i = 0; i < shingle.length; i++) hash = Math.imul(hash ^ shingle.charCodeAt(i), 0x01000193);
      return hash >>> 0;
    }),
  ).sort();
  let unique = 0;
  for (let i = 0; i < hashes.length; i++) if (i === 0 || hashes[i] !== hashes[unique - 1]) hashes[unique++] = hashes[i]!;
  return hashes.subarray(0, unique);
}
