// Prints the pairwise precision/recall table of the labelled variant set.
// Run: npx tsx test/dedupe/measure.ts [seeds=5]
import { measureVariants } from '../fixtures/dedupe/measure-variants.js';

const seeds = Number(process.argv[2] ?? 5);
const fixed = (value: number): string => value.toFixed(2);
const totals = new Map<string, { tp: number; fn: number; fp: number; jMin: number; jMax: number; cMin: number; cMax: number }>();
let merges = 0;
let pairs = 0;
let maxDistinct = 0;
for (let seed = 1; seed <= seeds; seed++) {
  const report = measureVariants({}, seed);
  merges += report.sameEventMerges;
  pairs += report.sameEventPairs;
  maxDistinct = Math.max(maxDistinct, report.maxDistinctJaccard);
  for (const row of report.rows) {
    const total = totals.get(row.kind) ?? { tp: 0, fn: 0, fp: 0, jMin: 1, jMax: 0, cMin: 1, cMax: 0 };
    totals.set(row.kind, {
      tp: total.tp + row.truePositives,
      fn: total.fn + row.falseNegatives,
      fp: total.fp + row.falsePositives,
      jMin: Math.min(total.jMin, row.jaccard[0]),
      jMax: Math.max(total.jMax, row.jaccard[1]),
      cMin: Math.min(total.cMin, row.containment[0]),
      cMax: Math.max(total.cMax, row.containment[1]),
    });
  }
}
console.log(`labelled variant set, ${seeds} seeds (edits differ per seed)\n`);
console.log('| variant | pairs | TP | FN | FP | precision | recall | Jaccard min-max | containment min-max |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const [kind, t] of totals) {
  const precision = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  console.log(`| ${kind} | ${t.tp + t.fn} | ${t.tp} | ${t.fn} | ${t.fp} | ${fixed(precision)} | ${fixed(t.tp / (t.tp + t.fn))} | ${fixed(t.jMin)}-${fixed(t.jMax)} | ${fixed(t.cMin)}-${fixed(t.cMax)} |`);
}
console.log(`\ndistinct same-event base pairs merged: ${merges} of ${pairs}; highest Jaccard between distinct bases: ${fixed(maxDistinct)}`);
