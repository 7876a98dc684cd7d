import type { ActorBriefing, DigestStory, Story, StoryGroup } from '../types.js';
import { cleanLine } from '../text-safety/clean-line.js';
import { outletName } from './outlet-name.js';
import { pickLead } from './pick-lead.js';
import { rankStories } from './rank-stories.js';

/**
 * The digest's stories, ranked: each story group with the headline and lead
 * of its most central article, its outlets (copies included) and the actors
 * (with points) acting in its articles.
 */
export function assembleStories(groups: readonly StoryGroup[], stories: readonly Story[], actors: readonly ActorBriefing[]): DigestStory[] {
  const byRef = new Map(stories.map((story) => [story.ref, story]));
  const actorsByRef = new Map<number, ActorBriefing[]>();
  for (const actor of actors) {
    for (const ref of actor.articleRefs) {
      let list = actorsByRef.get(ref);
      if (list === undefined) actorsByRef.set(ref, (list = []));
      list.push(actor);
    }
  }
  const drafts = groups.map((group) => {
    const members = group.refs.map((ref) => byRef.get(ref)).filter((story): story is Story => story !== undefined);
    const centre = byRef.get(group.centre) ?? members[0]!;
    const involved = new Set(group.refs.flatMap((ref) => actorsByRef.get(ref) ?? []));
    // Actors come most salient first; keep that order.
    const storyActors = actors.filter((actor) => involved.has(actor));
    const lead = pickLead(centre.article.title, centre.sentences);
    const firstSeen = earliest(group.firstSeen, group.since);
    const story: DigestStory = {
      id: group.id,
      headline: cleanLine(centre.article.title),
      lead: { text: lead, refs: lead === '' ? [] : [centre.ref] },
      articleRefs: group.refs,
      outlets: outletsOf(members),
      actors: storyActors.map((actor) => actor.id),
      ...(firstSeen !== undefined && { firstSeen }),
      ...(group.lastSeen !== undefined && { lastSeen: group.lastSeen }),
      status: group.status,
    };
    return {
      story,
      id: group.id,
      headline: story.headline,
      independentOutlets: new Set(members.map((member) => (outletName(member.article) ?? member.article.path).toLowerCase())).size,
      salience: storyActors.map((actor) => actor.salience),
      ...(group.lastSeen !== undefined && { lastSeen: group.lastSeen }),
      articles: members.length,
    };
  });
  return rankStories(drafts).map(({ story }) => story);
}

/** Every publisher of the members and their copies, named once (first spelling by ref), sorted case-insensitively. */
function outletsOf(members: readonly Story[]): string[] {
  const names = new Map<string, string>();
  for (const member of members) {
    for (const carrier of [member.article, ...member.duplicates]) {
      const name = outletName(carrier);
      if (name !== undefined && !names.has(name.toLowerCase())) names.set(name.toLowerCase(), name);
    }
  }
  return [...names].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, name]) => name);
}

function earliest(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a < b ? a : b;
}
