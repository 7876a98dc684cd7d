/** The distinct values of a hash list, ascending: the form `compareSets` merges in one pass. */
export function sortedSet(values: Uint32Array): Uint32Array {
  const sorted = Uint32Array.from(values).sort();
  let unique = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[unique - 1]) sorted[unique++] = sorted[i]!;
  }
  return sorted.subarray(0, unique);
}
