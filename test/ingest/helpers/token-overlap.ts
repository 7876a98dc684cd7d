/**
 * Token-level precision and recall of `got` against `want` (multisets of lower-cased
 * words): precision = share of output tokens that belong to the body (1 - furniture kept),
 * recall = share of body tokens that survived (1 - body lost).
 */
export function tokenOverlap(got: string, want: string): { precision: number; recall: number } {
  const tokens = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const remaining = new Map<string, number>();
  for (const t of tokens(want)) remaining.set(t, (remaining.get(t) ?? 0) + 1);
  const out = tokens(got);
  let shared = 0;
  for (const t of out) {
    const left = remaining.get(t) ?? 0;
    if (left > 0) { shared += 1; remaining.set(t, left - 1); }
  }
  const wanted = tokens(want).length;
  return { precision: out.length === 0 ? 0 : shared / out.length, recall: wanted === 0 ? 1 : shared / wanted };
}
