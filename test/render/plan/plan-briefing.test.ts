import { describe, expect, it } from 'vitest';
import { DEFAULT_ACTOR_LIMIT, DEFAULT_TOP_STORIES, planBriefing } from '../../../pipeline/render/plan/plan-briefing.js';
import type { Digest } from '../../../pipeline/types.js';
import { largeDigest } from '../../fixtures/render/large-digest.js';
import { loadFixture } from '../../fixtures/render/load-fixture.js';

describe('planBriefing', () => {
  const seed = loadFixture('seed');
  const large = largeDigest();

  it('opens with the top stories in the digest\'s ranked order, each linked to its central article', () => {
    const plan = planBriefing(seed, {});
    expect(plan.topStories.map((s) => [s.rank, s.story.id])).toEqual(seed.stories.map((s, i) => [i + 1, s.id]));
    expect(plan.topStories[0]?.url).toBe(seed.articles[0]?.url);
  });

  it('limits top stories and actor sections by the options, 8 and 12 by default', () => {
    expect(DEFAULT_TOP_STORIES).toBe(8);
    expect(DEFAULT_ACTOR_LIMIT).toBe(12);
    expect(planBriefing(large, {}).topStories).toHaveLength(8);
    expect(planBriefing(large, {}).actors.map((a) => a.id)).toEqual(large.actors.slice(0, 12).map((a) => a.id));
    const small = planBriefing(large, { topStories: 2, actorLimit: 3 });
    expect(small.topStories).toHaveLength(2);
    expect(small.actors).toEqual(large.actors.slice(0, 3));
  });

  it('gives the leading actors pointsPerActor points (5 by default) and those further down fewer, never more', () => {
    // The JSON keeps many points per actor; the briefing shows a few.
    const many: Digest = { ...large, actors: large.actors.map((actor) => ({ ...actor, points: Array.from({ length: 12 }, (_, k) => actor.points[k % actor.points.length]!) })) };
    expect(planBriefing(many, {}).actors.map((a) => a.points.length)).toEqual([5, 5, 5, 5, 3, 3, 3, 3, 2, 2, 2, 2]);
    expect(planBriefing(many, {}).actors[4]?.points).toEqual(many.actors[4]?.points.slice(0, 3));
    expect(planBriefing(many, { pointsPerActor: 8 }).actors.map((a) => a.points.length)).toEqual([8, 8, 8, 8, 3, 3, 3, 3, 2, 2, 2, 2]);
    expect(planBriefing(many, { pointsPerActor: 1 }).actors.map((a) => a.points.length)).toEqual(Array(12).fill(1));
  });

  it('names the actors past the cap and the ones only mentioned in Also in the news, most stories first, with their counts', () => {
    const plan = planBriefing(seed, { actorLimit: 5 });
    expect(plan.alsoInTheNews).toEqual([
      { name: 'Arab League', stories: 2 },
      { name: 'World Bank', stories: 1 },
      { name: 'Eritrea', stories: 1 },
      { name: 'South Africa', stories: 1 },
    ]);
    expect(plan.alsoHidden).toBe(0);
  });

  it('keeps only interactions whose pair acts in two stories or more', () => {
    const plan = planBriefing(seed, {});
    expect(plan.interactions.map((i) => `${i.a}-${i.b}`)).toEqual(['EGY-ETH', 'arab-league-EGY']);
    const once: Digest = { ...seed, interactions: seed.interactions.filter((i) => i.refs.length === 1) };
    expect(planBriefing(once, {}).interactions).toEqual([]);
  });

  it('lists as sources exactly the articles what it shows cites, with outlet, date, title and link, and counts the rest', () => {
    const plan = planBriefing(large, { topStories: 1, actorLimit: 1 });
    const cited = new Set([...plan.topStories.flatMap((s) => [...s.story.articleRefs, ...s.story.lead.refs]), ...plan.actors.flatMap((a) => a.points.flatMap((p) => p.refs)), ...plan.interactions.flatMap((i) => i.refs)]);
    expect(plan.sources.map((s) => s.ref)).toEqual([...cited].sort((a, b) => a - b));
    expect(plan.hiddenSources).toBe(large.articles.length - cited.size);
    const first = plan.sources[0]!;
    const article = large.articles.find((a) => a.ref === first.ref)!;
    expect(first).toMatchObject({ title: article.title, outlet: article.source, date: article.published, url: article.url });
  });

  it('shows where an input was when it has no URL, and nothing unsafe as a link', () => {
    const hostile = loadFixture('hostile');
    const plan = planBriefing(hostile, {});
    for (const source of plan.sources) {
      if (source.url === undefined) expect(source.location).toBe(hostile.articles.find((a) => a.ref === source.ref)?.path);
      else expect(source.url).toMatch(/^https?:/);
      for (const copy of source.copies) if (copy.url !== undefined) expect(copy.url).toMatch(/^(https?|mailto):/);
    }
  });

  it('cites at most six articles of a story or a point, the central article first, and counts the rest', () => {
    const allRefs = large.articles.map((a) => a.ref);
    const wide: Digest = {
      ...large,
      stories: [{ ...large.stories[0]!, articleRefs: allRefs, lead: { text: 'Lead.', refs: [50] } }, ...large.stories.slice(1)],
      actors: [{ ...large.actors[0]!, points: [{ text: 'Said.', refs: allRefs, support: 40 }] }],
      interactions: [{ a: 'actor-1', b: 'actor-2', type: 'conflict', count: 9, refs: allRefs.slice(0, 9) }],
    };
    const plan = planBriefing(wide, { topStories: 1 });
    expect(plan.topStories[0]).toMatchObject({ refs: [1, 2, 3, 4, 5, 50], moreRefs: 194 });
    expect(plan.actors[0]?.points[0]?.refs).toEqual([1, 2, 3, 4, 5, 6]);
    expect(plan.actors[0]?.points[0]?.support).toBe(40);
    expect(plan.interactions[0]?.refs).toEqual([1, 2, 3, 4, 5, 6]);
    expect(plan.sources.map((s) => s.ref)).toEqual([1, 2, 3, 4, 5, 6, 50]);
  });

  it('refuses limits that are not positive integers, naming the option', () => {
    expect(() => planBriefing(seed, { topStories: 0 })).toThrow('Cannot plan the briefing: got topStories 0, expected a positive integer');
    expect(() => planBriefing(seed, { actorLimit: 1.5 })).toThrow('Cannot plan the briefing: got actorLimit 1.5, expected a positive integer');
  });
});
