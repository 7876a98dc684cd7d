import { describe, expect, it } from 'vitest';
import { rankStories } from '../../pipeline/stories/rank-stories.js';

const base = { headline: 'h', salience: [] as number[], articles: 1 };

describe('rankStories', () => {
  it('ranks by independent outlets, then the salience of the leading actors, then recency', () => {
    const ranked = rankStories([
      { ...base, id: 'solo-salient', independentOutlets: 1, salience: [1, 0.9], lastSeen: '2026-01-03' },
      { ...base, id: 'three', independentOutlets: 3, salience: [0.1] },
      { ...base, id: 'two-old', independentOutlets: 2, salience: [0.5], lastSeen: '2026-01-01' },
      { ...base, id: 'two-new', independentOutlets: 2, salience: [0.5], lastSeen: '2026-01-02' },
      { ...base, id: 'two-salient', independentOutlets: 2, salience: [0.5, 0.4] },
    ]);
    expect(ranked.map((story) => story.id)).toEqual(['three', 'two-salient', 'two-new', 'two-old', 'solo-salient']);
  });

  it('counts only the three leading actors, so many minor actors do not outrank the main one', () => {
    const ranked = rankStories([
      { ...base, id: 'many-minor', independentOutlets: 1, salience: [0.3, 0.3, 0.3, 0.3, 0.3, 0.3] },
      { ...base, id: 'main', independentOutlets: 1, salience: [1, 0.1] },
    ]);
    expect(ranked.map((story) => story.id)).toEqual(['main', 'many-minor']);
  });
});
