import type { Lexicon } from '../registry/lexicon.js';
import { nameSkeleton } from '../scan/name-skeleton.js';

/** Shortest skeleton that may stand for a longer given name it begins ("chrs" of Chris for "chrstfr" of Christopher). */
const MIN_PREFIX_SKELETON = 3;

/**
 * Whether two lists of given names (folded: see split-name.ts) can belong to
 * one person: either is empty (a surname alone, "King Salman"), or they share
 * a name up to transliteration ("Sergei" and "Sergey", "Recep Tayyip" and
 * "Tayyip"), one is an initial or a short form of the other ("J" and "John",
 * "Chris" and "Christopher"), or they are variants of one name in the
 * knowledge base ("Jim" and "James", "Chuck" and "Charles", "Bob" and
 * "Robert").
 */
export function namesCompatible(a: readonly string[], b: readonly string[], lexicon: Lexicon): boolean {
  if (a.length === 0 || b.length === 0) return true;
  return a.some((x) => b.some((y) => x === y || sameSkeleton(x, y) || variants(x, y, lexicon)));
}

function sameSkeleton(x: string, y: string): boolean {
  const sx = nameSkeleton(x);
  const sy = nameSkeleton(y);
  return sx === sy || shortFor(sx, sy) || shortFor(sy, sx);
}

function shortFor(short: string, long: string): boolean {
  return (short.length === 1 || short.length >= MIN_PREFIX_SKELETON) && short.length < long.length && long.startsWith(short);
}

function variants(x: string, y: string, lexicon: Lexicon): boolean {
  const groups = lexicon.givenGroups.get(x);
  if (!groups) return false;
  const others = lexicon.givenGroups.get(y);
  return others !== undefined && groups.some((g) => others.includes(g));
}
