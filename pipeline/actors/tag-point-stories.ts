import type { ActorBriefing, ActorOutput, Point, Story } from '../types.js';

/**
 * Each point marked with the story group (the event) it belongs to: that of
 * the story of its first ref, the article it is quoted from first. A hook
 * after ranking, so that choosing points stays the actor stage's own matter.
 */
export function tagPointStories(output: ActorOutput, stories: readonly Story[]): ActorOutput {
  const groupOf = new Map(stories.map((story) => [story.ref, story.group]));
  const tag = (point: Point): Point => {
    const story = point.refs.length === 0 ? undefined : groupOf.get(point.refs[0]!);
    return story === undefined ? point : { ...point, story };
  };
  const tagActor = (actor: ActorBriefing): ActorBriefing => (actor.points.length === 0 ? actor : { ...actor, points: actor.points.map(tag) });
  return { ...output, actors: output.actors.map(tagActor), mentioned: output.mentioned.map(tagActor) };
}
