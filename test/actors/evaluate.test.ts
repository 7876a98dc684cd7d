import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.js';

describe('the evaluation set (test/fixtures/actors/eval)', () => {
  const result = evaluate();

  it('places persons with precision of at least 0.97', () => {
    expect(result.affiliationPrecision).toBeGreaterThanOrEqual(0.97);
  });

  it('places persons with recall of at least 0.85', () => {
    expect(result.affiliationRecall).toBeGreaterThanOrEqual(0.85);
  });

  it('cites every point', () => {
    expect(result.uncitedPoints).toBe(0);
  });

  it('puts no person under a wrong state', () => {
    expect(result.wrongState).toBe(0);
  });

  it('resolves no ambiguous word the article does not confirm (Georgia the US state, turkey the bird)', () => {
    expect(result.forbidden).toEqual([]);
  });

  it('gives each person both the state and the party the gold names (a person can have both)', () => {
    expect(result.missingAffiliations).toEqual([]);
  });

  it('keeps point precision of at least 0.85', () => {
    expect(result.pointPrecision).toBeGreaterThanOrEqual(0.85);
  });
});
