import { describe, expect, it } from 'vitest';
import { measureVariants } from '../fixtures/dedupe/measure-variants.js';

/** Variant kinds the product owner's bar covers: precision and recall 1.0. */
const BAR = ['copy', 'furniture', 'edit-1', 'edit-3', 'edit-5', 'truncate-60', 'retitle'];

describe('the labelled variant set', () => {
  for (const seed of [1, 2, 3]) {
    it(`meets the bar with seed ${seed}: P = R = 1 on copies, furniture, edits up to 5 %, truncation to 60 %, retitles`, () => {
      const report = measureVariants({}, seed);
      for (const row of report.rows.filter((candidate) => BAR.includes(candidate.kind))) {
        expect({ kind: row.kind, precision: row.precision, recall: row.recall }).toEqual({ kind: row.kind, precision: 1, recall: 1 });
      }
      expect(report.rows.find((row) => row.kind === 'edit-10')!.precision).toBe(1);
    });
  }

  it('never merges distinct articles on one event with the same actors', () => {
    const report = measureVariants();
    expect(report.sameEventPairs).toBeGreaterThanOrEqual(4);
    expect(report.sameEventMerges).toBe(0);
  });

  it('loses recall when the thresholds are set beyond the variants, so the measure can fail', () => {
    const strict = measureVariants({ similarity: 0.95, containment: 0.999 });
    expect(strict.rows.find((row) => row.kind === 'edit-5')!.recall).toBeLessThan(1);
  });
});
