/** Disjoint sets over 0..size-1, with path halving and union by index (the smaller index roots). */
export interface UnionFind {
  /** The root of a member's set. */
  find(member: number): number;
  /** Join two members' sets; true when they were apart. */
  union(a: number, b: number): boolean;
}

/**
 * Union by smaller index keeps roots independent of the order edges arrive in,
 * so families come out the same whichever candidate pair is confirmed first.
 */
export function createUnionFind(size: number): UnionFind {
  const parent = new Int32Array(size);
  for (let i = 0; i < size; i++) parent[i] = i;
  const find = (member: number): number => {
    let x = member;
    while (parent[x] !== x) {
      const grand = parent[parent[x]!]!;
      parent[x] = grand;
      x = grand;
    }
    return x;
  };
  const union = (a: number, b: number): boolean => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return false;
    if (ra < rb) parent[rb] = ra;
    else parent[ra] = rb;
    return true;
  };
  return { find, union };
}
