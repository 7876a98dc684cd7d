import type { BriefingPlan, Digest, DigestArticle, PlannedMention, PlannedSource, PlannedStory, RenderOptions } from '../../types.js';
import { outletName } from '../../stories/outlet-name.js';
import { cleanLine } from '../../text-safety/clean-line.js';
import { actorNames } from '../shared/actor-names.js';
import { safeUrl } from '../shared/safe-url.js';

/** Top stories when the options give none: a first screen of the day's main events. */
export const DEFAULT_TOP_STORIES = 8;
/**
 * Actor sections when the options give none: twelve sections of up to five
 * points keep a 200-article day under 40 KB of Markdown and 102 KB of email
 * (measured with the bench corpus and BASIL), and read in a few minutes.
 */
export const DEFAULT_ACTOR_LIMIT = 12;
/** Points shown in each of the leading actor sections when the options give none (`pointsPerActor`). */
const DEFAULT_POINTS_PER_ACTOR = 5;
/**
 * Points shown per actor section, by the section's place: the leading actors
 * show `pointsPerActor`, those further down fewer, so a minor actor does not
 * take the room of a head of state (issue 14). With the defaults that is at
 * most 4 x 5 + 4 x 3 + 4 x 2 = 40 points; the JSON keeps them all.
 */
const POINTS_BY_PLACE: readonly { readonly upTo: number; readonly points: number }[] = [
  { upTo: 4, points: Infinity },
  { upTo: 8, points: 3 },
  { upTo: Infinity, points: 2 },
];
/**
 * Citations shown for one top story, point or interaction: a story carried by forty
 * outlets would otherwise put forty citations and forty sources into the
 * email. The rest are counted ("+34 more") and listed in the JSON.
 */
const MAX_CITATIONS = 6;
/** Names in "Also in the news": a line or two; the JSON lists every actor. */
const ALSO_IN_THE_NEWS_LIMIT = 30;
/** Stories an interacting pair must act in before it is shown: one story's pair is that story's detail, not a relation. */
const INTERACTION_MIN_STORIES = 2;
/** Interactions shown: the most frequent of the recurring ones. */
const INTERACTION_LIMIT = 10;
/** A published date as the sources list shows it. */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}/u;

/**
 * The one planning step: a Digest becomes the ordered, limited sections every
 * rendering shows. Top stories (ranked, `topStories`), actor sections (by
 * salience, `actorLimit`, fewer points further down), "Also in the news" (the actors past the cap and
 * those only mentioned, with their story counts), interactions of pairs seen
 * in at least two stories, and the sources that what is shown cites.
 * Everything left out stays in the JSON.
 */
export function planBriefing(digest: Digest, options: RenderOptions): BriefingPlan {
  const topLimit = checkLimit('topStories', options.topStories ?? DEFAULT_TOP_STORIES);
  const actorLimit = checkLimit('actorLimit', options.actorLimit ?? DEFAULT_ACTOR_LIMIT);
  const pointsPerActor = checkLimit('pointsPerActor', options.pointsPerActor ?? DEFAULT_POINTS_PER_ACTOR);
  const byRef = new Map(digest.articles.map((article) => [article.ref, article]));
  const storyOf = new Map<number, string>();
  for (const story of digest.stories ?? []) for (const ref of story.articleRefs) storyOf.set(ref, story.id);
  const storiesIn = (refs: readonly number[]): number => new Set(refs.map((ref) => storyOf.get(ref) ?? `ref:${ref}`)).size;

  const topStories = digest.stories.slice(0, topLimit).map((story, i): PlannedStory => {
    const centre = story.lead.refs[0] ?? story.articleRefs[0] ?? 0;
    const url = safeUrl(byRef.get(centre)?.url);
    const refs = [centre, ...story.articleRefs.filter((ref) => ref !== centre)].slice(0, MAX_CITATIONS).sort((a, b) => a - b);
    return { rank: i + 1, story, ...(url !== undefined && { url }), refs, moreRefs: story.articleRefs.length - refs.length };
  });
  const actors = digest.actors.slice(0, actorLimit).map((actor, i) => {
    const room = Math.min(pointsPerActor, POINTS_BY_PLACE.find((band) => i < band.upTo)!.points);
    const points = actor.points.slice(0, room).map((point) => (point.refs.length <= MAX_CITATIONS ? point : { ...point, refs: point.refs.slice(0, MAX_CITATIONS) }));
    return points.every((point, k) => point === actor.points[k]) && points.length === actor.points.length ? actor : { ...actor, points };
  });
  const mentions: PlannedMention[] = [...digest.actors.slice(actorLimit), ...digest.mentioned]
    .map((actor) => ({ name: cleanLine(actor.name), stories: storiesIn(actor.articleRefs) }))
    .filter((mention) => mention.name !== '')
    // Stable: equal counts keep the digest's order (salience, then names).
    .sort((a, b) => b.stories - a.stories);
  const interactions = digest.interactions
    .filter((interaction) => storiesIn(interaction.refs) >= INTERACTION_MIN_STORIES)
    .slice(0, INTERACTION_LIMIT)
    .map((interaction) => (interaction.refs.length <= MAX_CITATIONS ? interaction : { ...interaction, refs: interaction.refs.slice(0, MAX_CITATIONS) }));

  const cited = new Set<number>();
  for (const { story, refs } of topStories) for (const ref of [...refs, ...story.lead.refs]) cited.add(ref);
  for (const actor of actors) for (const point of actor.points) for (const ref of point.refs) cited.add(ref);
  for (const interaction of interactions) for (const ref of interaction.refs) cited.add(ref);
  const sources = [...cited]
    .sort((a, b) => a - b)
    .map((ref) => byRef.get(ref))
    .filter((article): article is DigestArticle => article !== undefined)
    .map(plannedSource);

  return {
    date: digest.date,
    generator: digest.generator,
    stats: digest.stats,
    storyCount: digest.stories.length,
    topStories,
    actors,
    alsoInTheNews: mentions.slice(0, ALSO_IN_THE_NEWS_LIMIT),
    alsoHidden: Math.max(0, mentions.length - ALSO_IN_THE_NEWS_LIMIT),
    interactions,
    sources,
    hiddenSources: digest.articles.length - sources.length,
    rejected: digest.rejected,
    names: actorNames(digest),
  };
}

/** Outlet, date and title, linked when the URL is safe; else where the input was (already relative: see publicPath). */
function plannedSource(article: DigestArticle): PlannedSource {
  const url = safeUrl(article.url);
  const outlet = outletName(article);
  const date = ISO_DAY.exec(article.published ?? '')?.[0];
  const location = cleanLine(article.path);
  return {
    ref: article.ref,
    title: cleanLine(article.title) || location,
    ...(outlet !== undefined && { outlet }),
    ...(date !== undefined && { date }),
    ...(url !== undefined ? { url } : { location }),
    copies: article.duplicates.map((copy) => {
      const copyUrl = safeUrl(copy.url);
      return { label: outletName(copy) ?? cleanLine(copy.path), ...(copyUrl !== undefined && { url: copyUrl }) };
    }),
  };
}

function checkLimit(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new Error(`Cannot plan the briefing: got ${name} ${String(value)}, expected a positive integer`);
  return value;
}
