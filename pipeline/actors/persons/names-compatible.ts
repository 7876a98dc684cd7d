/**
 * Whether two lists of given-name skeletons can belong to one person: either
 * is empty (a surname alone, "King Salman"), or they share a name ("Recep
 * Tayyip" and "Tayyip"), or one is an initial of the other ("J" and "jhn").
 */
export function namesCompatible(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  return a.some((x) => b.some((y) => x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y))));
}
