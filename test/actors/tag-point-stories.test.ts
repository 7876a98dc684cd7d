import { describe, expect, it } from 'vitest';
import { summariseActors } from '../../pipeline/actors/index.js';
import { makeStories } from './make-stories.js';

describe('points and their stories', () => {
  it('marks each point with the story group of its first ref', () => {
    const stories = makeStories([
      { name: 'a', text: 'Talks\nRussian Foreign Minister Sergei Lavrov said on Tuesday that talks on Syria would resume in Geneva.' },
      { name: 'b', text: 'Aid\nIran announced on Monday that it would send aid to the flooded provinces of Pakistan.' },
    ]).map((story, i) => ({ ...story, group: i === 0 ? 'group-talks' : 'group-aid' }));
    const { actors } = summariseActors(stories, [], {});
    const points = actors.flatMap((actor) => actor.points);
    expect(points.length).toBeGreaterThan(0);
    for (const point of points) expect(point.story).toBe(point.refs[0] === 1 ? 'group-talks' : 'group-aid');
  });
});
