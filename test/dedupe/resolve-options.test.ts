import { describe, expect, it } from 'vitest';
import { DEFAULT_CONTAINMENT, DEFAULT_SIMILARITY, resolveOptions } from '../../pipeline/dedupe/resolve-options.js';

describe('resolveOptions', () => {
  it('fills in the documented defaults', () => {
    expect(resolveOptions({ date: '2026-11-23' })).toEqual({
      date: '2026-11-23',
      similarity: DEFAULT_SIMILARITY,
      containment: DEFAULT_CONTAINMENT,
      claimSimilarity: 0.6,
      retentionDays: 90,
      groupWindowDays: 3,
    });
  });

  it('throws a sentence naming the option, the value and what was expected', () => {
    expect(() => resolveOptions({ date: '2026-11-23', containment: 0 })).toThrow('Cannot dedupe: got containment 0, expected a number in (0, 1]');
    expect(() => resolveOptions({ date: '2026-11-23', retentionDays: 2.5 })).toThrow(/retentionDays 2.5/);
    expect(() => resolveOptions({ date: '2026-11-23', groupWindowDays: -1 })).toThrow('Cannot dedupe: got groupWindowDays -1, expected a whole number of days >= 0');
  });
});
