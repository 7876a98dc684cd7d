import { describe, expect, it } from 'vitest';
import { pointBudget, rankPoints, type Candidate } from '../../../pipeline/actors/brief/rank-points.js';

const candidate = (key: string, text: string, support: number, position = 0, centrality = 0.5): Candidate => ({
  key,
  text,
  refs: Array.from({ length: support }, (_, i) => i + 1),
  support,
  position,
  centrality,
});
/** A candidate of one story (an event group of dedupe), said by `speaker` when given. */
const said = (key: string, text: string, story: string, ref: number, support: number, speaker?: string): Candidate => ({
  key,
  text,
  refs: [ref],
  support,
  position: 0,
  centrality: 0.5,
  story,
  ...(speaker !== undefined ? { speaker } : {}),
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

  it('takes one point from each story before a second from any', () => {
    // A state with several officials in one story must not lose its lead event in another.
    const points = rankPoints(
      [
        said('a1', 'Russia vetoed the draft resolution on Syria.', 'syria', 1, 3, 'Vasily Nebenzia'),
        said('a2', 'Moscow accused Western diplomats of staging the vote.', 'syria', 1, 3, 'Maria Zakharova'),
        said('a3', 'Russian envoys walked out of the chamber in protest.', 'syria', 1, 3),
        said('b1', 'Russia raised its key interest rate to sixteen percent.', 'rates', 2, 1),
      ],
      2,
    );
    expect(points.map((p) => p.text)).toEqual(['Russia vetoed the draft resolution on Syria.', 'Russia raised its key interest rate to sixteen percent.']);
    expect(points.map((p) => p.story)).toEqual(['syria', 'rates']);
  });
  it('gives each voice of a story a point before a second from the same voice', () => {
    const points = rankPoints(
      [
        said('x1', 'Lavrov said the sanctions would fail.', 'talks', 1, 3, 'Sergei Lavrov'),
        said('x2', 'Lavrov added that Moscow expected concessions soon.', 'talks', 1, 3, 'Sergei Lavrov'),
        said('y1', 'Peskov declined to name a date for the summit.', 'talks', 1, 1, 'Dmitry Peskov'),
      ],
      3,
    );
    expect(points.map((p) => p.speaker)).toEqual(['Sergei Lavrov', 'Dmitry Peskov', 'Sergei Lavrov']);
  });
  it('raises an actor’s budget to three points per story and voice, up to four times the base', () => {
    const voice = (story: string, speaker: string | undefined, n: number): Candidate[] =>
      Array.from({ length: n }, (_, i) => ({ key: `${story}:${speaker}:${i}`, text: `Point ${i}.`, refs: [1], support: 1, position: i, centrality: 0, story, ...(speaker !== undefined ? { speaker } : {}) }));
    expect(pointBudget(voice('s1', undefined, 50), 40)).toBe(40);
    const many = Array.from({ length: 20 }, (_, k) => voice(`s${k % 5}`, `Speaker ${k}`, 4)).flat();
    expect(pointBudget(many, 40)).toBe(60);
    const crowd = Array.from({ length: 80 }, (_, k) => voice(`s${k}`, `Speaker ${k}`, 1)).flat();
    expect(pointBudget(crowd, 40)).toBe(160);
  });
});
