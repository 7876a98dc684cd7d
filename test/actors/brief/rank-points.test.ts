import { describe, expect, it } from 'vitest';
import { rankPoints, type Candidate } from '../../../pipeline/actors/brief/rank-points.js';

const candidate = (key: string, text: string, support: number, position = 0, centrality = 0.5): Candidate => ({
  key,
  text,
  refs: Array.from({ length: support }, (_, i) => i + 1),
  support,
  position,
  centrality,
});

describe('rankPoints', () => {
  it('puts the point more sources support first', () => {
    const points = rankPoints([candidate('a', 'Russia vetoed the resolution.', 1), candidate('b', 'Russia proposed new talks in Geneva.', 3)], 5);
    expect(points.map((p) => p.text)).toEqual(['Russia proposed new talks in Geneva.', 'Russia vetoed the resolution.']);
  });
  it('drops a point that repeats one already chosen', () => {
    const points = rankPoints([candidate('a', 'Russia proposed new talks in Geneva next week.', 2), candidate('b', 'Russia proposed new talks in Geneva next month.', 1)], 5);
    expect(points).toHaveLength(1);
  });
  it('keeps at most the limit, each with its refs', () => {
    const texts = ['Iran announced sanctions relief.', 'Tehran rejected nuclear inspections.', 'Officials welcomed renewed shipping.'];
    const points = rankPoints(texts.map((text, i) => candidate(`k${i}`, text, 1, i)), 2);
    expect(points).toHaveLength(2);
    expect(points.every((p) => p.refs.length > 0)).toBe(true);
  });
  it('prefers earlier sentences when all else is equal', () => {
    const points = rankPoints([candidate('late', 'Iran rejected the offer outright.', 1, 20), candidate('early', 'Iran welcomed the mediation effort.', 1, 0)], 1);
    expect(points[0]?.text).toBe('Iran welcomed the mediation effort.');
  });
});
