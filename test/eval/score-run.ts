import path from 'node:path';
import { createRequire } from 'node:module';
import type { AnyOf, Designation, GoldArticle, GoldEvent, GoldPerson, Judgement } from './gold-types.js';
import { norm } from './norm.js';
import { standsAlone } from './stands-alone.js';

/** A count and what it is out of; `mistakes` lists every item behind a shortfall. */
export interface Tally {
  hit: number;
  total: number;
  readonly mistakes: string[];
}

/** The figures of one digest run against its gold (summed over runs by `addScores`). */
export interface RunScore {
  readonly affiliationPrecision: Tally;
  readonly affiliationRecall: Tally;
  readonly keyPoints: Tally;
  readonly pointsAlone: Tally;
  readonly mainEntities: Tally;
  readonly requiredActors: Tally;
  /** `hit` counts the bad names found; must stay 0. */
  readonly forbiddenActors: Tally;
  /** `hit` counts the entities found split; must stay 0. */
  readonly splitEntities: Tally;
  readonly groupingPrecision: Tally;
  readonly groupingRecall: Tally;
  /** `hit` counts digest stories that mix articles of different gold events. */
  readonly mergedStories: Tally;
  /** Gold articles the digest does not list (rejected or lost); their gold items count as missed. */
  readonly missingArticles: Tally;
}

/** An article of the run as the scorer sees it. */
export interface RunArticle {
  readonly id: string;
  readonly file: string;
  readonly title: string;
  readonly body: string;
  readonly gold: GoldArticle;
  readonly mainEntities?: readonly string[];
}

/** Everything `scoreRun` needs. */
export interface RunInput {
  readonly articles: readonly RunArticle[];
  /** BASIL events of the run, for story grouping; empty for BBC runs. */
  readonly events: readonly GoldEvent[];
  readonly forbidden: readonly string[];
  readonly judgements: readonly Judgement[];
  /** The digest JSON as read from `<date>.json`. */
  readonly digest: unknown;
}

interface DigestMember {
  readonly id?: string;
  readonly name: string;
  readonly affiliations?: readonly unknown[];
}
interface DigestPoint {
  readonly text: string;
  readonly refs: readonly number[];
  readonly speaker?: string;
}
interface DigestActor {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly affiliation?: unknown;
  readonly affiliations?: readonly unknown[];
  readonly members?: readonly DigestMember[];
  readonly articleRefs?: readonly number[];
  readonly points?: readonly DigestPoint[];
}
interface DigestShape {
  readonly articles: readonly { readonly ref: number; readonly path: string; readonly duplicates?: readonly { readonly path: string }[] }[];
  readonly actors: readonly DigestActor[];
  readonly mentioned?: readonly DigestActor[];
  readonly stories?: readonly { readonly id: string; readonly articleRefs: readonly number[] }[];
}
/** Where a person sits: an actor of the digest, or an id the digest names but does not list. */
interface Place {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
}

/** Names of each state by alpha-3 code, for state actors named rather than coded (the package the pipeline uses). */
const countries = createRequire(import.meta.url)('world-countries/countries.json') as readonly { cca3: string; name: { common: string; official: string }; altSpellings: string[] }[];
const STATE_NAMES = new Map<string, ReadonlySet<string>>(
  countries.map((country) => [country.cca3, new Set([country.name.common, country.name.official, ...country.altSpellings.filter((name) => name.length > 1)].map(norm.name))]),
);

/**
 * Scores one digest against the gold of the articles it was made from: affiliations,
 * key points under the right actor, points that stand alone, BASIL main entities,
 * required actors, forbidden names, split entities and story grouping. Pure: the
 * digest and the articles come in as data. Every shortfall is listed as a mistake.
 */
export function scoreRun(input: RunInput): RunScore {
  const digest = checkDigest(input.digest);
  const score = emptyScore();
  const actors = digest.actors.map((actor) => ({ ...actor, members: actor.members ?? [], points: actor.points ?? [] }));
  const mentioned = (digest.mentioned ?? []).map((actor) => ({ ...actor, members: actor.members ?? [], points: actor.points ?? [] }));
  const everyActor = [...actors, ...mentioned];
  const byId = new Map(everyActor.map((actor) => [actor.id, actor]));

  // 1. Which digest ref carries each gold article (its own, or the one it was folded into).
  const refOf = new Map<string, number>();
  const idOfFile = new Map(input.articles.map((article) => [stem(article.file), article.id]));
  for (const article of digest.articles) {
    for (const file of [article.path, ...(article.duplicates ?? []).map((duplicate) => duplicate.path)]) {
      const id = idOfFile.get(stem(file));
      if (id !== undefined) refOf.set(id, article.ref);
    }
  }
  for (const article of input.articles) {
    score.missingArticles.total += 1;
    if (!refOf.has(article.id)) {
      score.missingArticles.hit += 1;
      score.missingArticles.mistakes.push(`${article.id}: not in the digest's articles (rejected or lost)`);
    }
  }

  // 2. Persons: every place the digest gives each person name.
  const placesOf = new Map<string, Place[]>();
  const addPlace = (name: string, place: Place | undefined) => {
    const key = norm.name(name);
    const list = placesOf.get(key) ?? [];
    if (place && !list.some((known) => known.id === place.id)) list.push(place);
    placesOf.set(key, list);
  };
  const resolve = (value: unknown): Place | undefined => {
    const id = typeof value === 'string' ? value : typeof value === 'object' && value !== null && 'id' in value ? String((value as { id: unknown }).id) : undefined;
    if (id === undefined || id === '') return undefined;
    const actor = byId.get(id);
    const name = typeof value === 'object' && value !== null && 'name' in value ? String((value as { name: unknown }).name) : id;
    return actor ? { id: actor.id, name: actor.name, kind: actor.kind } : { id, name, kind: 'unknown' };
  };
  for (const actor of everyActor) {
    for (const member of actor.members) {
      addPlace(member.name, { id: actor.id, name: actor.name, kind: actor.kind });
      for (const value of member.affiliations ?? []) addPlace(member.name, resolve(value));
    }
    if (actor.kind === 'person') {
      addPlace(actor.name, undefined);
      for (const value of [actor.affiliation, ...(actor.affiliations ?? [])]) addPlace(actor.name, resolve(value));
    }
  }
  const persons = mergePersons(input.articles.map((article) => article.gold));
  for (const person of persons.values()) {
    const found = person.names.filter((name) => placesOf.has(norm.name(name)));
    const places = found.flatMap((name) => placesOf.get(norm.name(name)) ?? []);
    const accepted = [...person.affiliations.flat(), ...person.acceptable];
    for (const affiliation of person.affiliations) {
      score.affiliationRecall.total += 1;
      if (places.some((place) => affiliation.some((designation) => matches(place, designation)))) score.affiliationRecall.hit += 1;
      else
        score.affiliationRecall.mistakes.push(
          `${person.name} not placed under ${describe(affiliation)} (${found.length === 0 ? 'person not in the digest' : `placed under: ${places.map((place) => place.name).join(', ') || 'nothing'}`})`,
        );
    }
    for (const place of places) {
      score.affiliationPrecision.total += 1;
      if (accepted.some((designation) => matches(place, designation))) score.affiliationPrecision.hit += 1;
      else score.affiliationPrecision.mistakes.push(`${person.name} placed under ${place.name} (${place.id}); accepted: ${describe(accepted) || 'none'}`);
    }
  }

  // 3. Key points under the right actor.
  for (const article of input.articles) {
    const ref = refOf.get(article.id);
    for (const point of article.gold.points) {
      score.keyPoints.total += 1;
      const person = point.person === undefined ? undefined : article.gold.persons.find((candidate) => candidate.name === point.person);
      const designations = [...point.actor, ...(person ? [...person.affiliations.flat(), ...person.acceptable] : [])];
      const holders = ref === undefined ? [] : actors.filter((actor) => actor.points.some((candidate) => candidate.refs.includes(ref) && hasKeys(candidate.text, point.keys)));
      const right = holders.some(
        (actor) =>
          designations.some((designation) => matches(actor, designation)) ||
          (person !== undefined &&
            actor.kind === 'person' &&
            person.names.some((name) => norm.name(name) === norm.name(actor.name)) &&
            // A person the gold places nowhere may stand as an actor; one it places must be placed there.
            (person.affiliations.length === 0 || personActorPlaced(actor, designations, resolve))),
      );
      if (right) score.keyPoints.hit += 1;
      else
        score.keyPoints.mistakes.push(
          `${article.id}: [${point.keys.map((key) => key.join('|')).join(' + ')}] for ${point.person ?? describe(point.actor)} ${holders.length === 0 ? 'not found as a point' : `found under ${holders.map((actor) => actor.name).join(', ')}`}`,
        );
    }
  }

  // 4. Points that stand alone (every point the digest shows).
  const context = {
    titles: new Set(input.articles.map((article) => norm.text(article.title))),
    comments: input.articles.flatMap((article) => {
      if (article.gold.commentsStart === undefined) return [];
      const body = norm.text(article.body);
      const start = body.indexOf(norm.text(article.gold.commentsStart));
      if (start < 0) throw new Error(`Cannot score ${article.id}: commentsStart is not in its text`);
      return [body.slice(start)];
    }),
    judgements: new Map(input.judgements.map((judgement) => [norm.text(judgement.text), judgement])),
  };
  for (const actor of actors) {
    for (const point of actor.points) {
      score.pointsAlone.total += 1;
      const verdict = standsAlone(point, actor, context);
      if (verdict.ok) score.pointsAlone.hit += 1;
      else score.pointsAlone.mistakes.push(`${actor.name}: "${clip(point.text)}" (${verdict.reason})`);
    }
  }

  // 5. BASIL main entities found as actors or members.
  for (const article of input.articles) {
    const ref = refOf.get(article.id);
    const goldNames = article.gold.mainEntities.map((entity) => entity.name).sort();
    if (article.mainEntities !== undefined && JSON.stringify([...article.mainEntities].sort()) !== JSON.stringify(goldNames)) {
      throw new Error(`Cannot score ${article.id}: gold main entities ${JSON.stringify(goldNames)} differ from the data set's ${JSON.stringify(article.mainEntities)}`);
    }
    for (const entity of article.gold.mainEntities) {
      score.mainEntities.total += 1;
      const asActor = everyActor.some((actor) => (actor.articleRefs === undefined || (ref !== undefined && actor.articleRefs.includes(ref))) && entity.match.some((designation) => matches(actor, designation)));
      const asMember = entity.match.some((designation) => 'names' in designation && designation.names.some((name) => placesOf.has(norm.name(name))));
      if (asActor || asMember) score.mainEntities.hit += 1;
      else score.mainEntities.mistakes.push(`${article.id}: main entity ${entity.name} not found (looked for ${describe(entity.match)})`);
    }
  }

  // 6. Required actors present (an actor citing the article, or a mentioned actor).
  for (const article of input.articles) {
    const ref = refOf.get(article.id);
    for (const required of article.gold.actors) {
      score.requiredActors.total += 1;
      const present = everyActor.some((actor) => (actor.articleRefs === undefined || (ref !== undefined && actor.articleRefs.includes(ref))) && required.some((designation) => matches(actor, designation)));
      if (present) score.requiredActors.hit += 1;
      else score.requiredActors.mistakes.push(`${article.id}: ${describe(required)} absent`);
    }
  }

  // 7. Actors named by a forbidden name or a fragment; persons filed as organisations.
  const allowed = new Set(
    input.articles.flatMap((article) => [
      ...article.gold.actors.flat().flatMap(designationNames),
      ...article.gold.persons.flatMap((person) => [...person.names, ...person.affiliations.flat().flatMap(designationNames), ...person.acceptable.flatMap(designationNames)]),
    ]).map(norm.name),
  );
  const flagged = new Map<string, string>();
  const global = new Set(input.forbidden.map(norm.name));
  const entities = [...everyActor.map((actor) => ({ name: actor.name, kind: actor.kind, refs: actor.articleRefs })), ...everyActor.flatMap((actor) => actor.members.map((member) => ({ name: member.name, kind: 'person', refs: undefined })))];
  for (const entity of entities) {
    const key = norm.name(entity.name);
    if (global.has(key)) flagged.set(key, `"${entity.name}" (${entity.kind}) is a title, role or common word`);
    for (const article of input.articles) {
      const ref = refOf.get(article.id);
      const inArticle = entity.refs === undefined ? !allowed.has(key) : ref !== undefined && entity.refs.includes(ref);
      if (!inArticle) continue;
      if (article.gold.notActors.some((name) => norm.name(name) === key)) flagged.set(key, `"${entity.name}" (${entity.kind}) must not be an actor of ${article.id}`);
      if (entity.kind !== 'person' && article.gold.persons.some((person) => person.names.some((name) => norm.name(name) === key || lastName(name) === key))) {
        flagged.set(key, `"${entity.name}" is a person of ${article.id} filed as ${entity.kind}`);
      }
    }
  }
  score.forbiddenActors.hit = flagged.size;
  score.forbiddenActors.total = new Set(entities.map((entity) => norm.name(entity.name))).size;
  score.forbiddenActors.mistakes.push(...[...flagged.values()].sort());

  // 8. Entities split in two: gold groups, gold person names, and actors whose names fold together.
  const groups = new Map<string, readonly string[]>();
  for (const article of input.articles) {
    for (const group of article.gold.sameEntity) groups.set(group.map(norm.name).sort().join('|'), group);
    for (const person of article.gold.persons) if (person.names.length > 1) groups.set(person.names.map(norm.name).sort().join('|'), person.names);
  }
  const split: string[] = [];
  for (const group of groups.values()) {
    const keys = new Set(group.map(norm.name));
    // Distinct names, not distinct ids: one name twice (an organisation and a person, or
    // dotted and plain) is caught below or as a person filed as an organisation.
    const named = new Map<string, string>();
    for (const actor of everyActor) if (actor.kind !== 'person' && keys.has(norm.name(actor.name))) named.set(norm.name(actor.name), actor.name);
    for (const key of placesOf.keys()) if (keys.has(key) && !named.has(key)) named.set(key, group.find((name) => norm.name(name) === key) ?? key);
    if (named.size > 1) split.push(`one entity, several actors or persons: ${[...named.values()].join(' / ')}`);
  }
  const byFoldedName = new Map<string, string[]>();
  for (const actor of everyActor) if (actor.kind !== 'person') byFoldedName.set(norm.name(actor.name), [...(byFoldedName.get(norm.name(actor.name)) ?? []), `${actor.name} (${actor.id})`]);
  for (const names of byFoldedName.values()) if (new Set(names).size > 1) split.push(`actors whose names fold to one: ${[...new Set(names)].join(' / ')}`);
  score.splitEntities.hit = new Set(split).size;
  score.splitEntities.total = groups.size;
  score.splitEntities.mistakes.push(...new Set(split));

  // 9. Story grouping, pairwise over the BASIL articles of the run.
  if (input.events.length > 0) scoreGrouping(input, digest, refOf, score);
  return score;
}

/** Pairs of articles in one gold event against pairs in one digest story (articles folded into one ref count as grouped). */
function scoreGrouping(input: RunInput, digest: DigestShape, refOf: ReadonlyMap<string, number>, score: RunScore): void {
  const eventOf = new Map(input.events.flatMap((event) => event.articles.map((id) => [id, event.id] as const)));
  const storyOf = new Map<number, string[]>();
  for (const story of digest.stories ?? []) for (const ref of story.articleRefs) storyOf.set(ref, [...(storyOf.get(ref) ?? []), story.id]);
  const ids = input.articles.map((article) => article.id).filter((id) => eventOf.has(id));
  if (digest.stories === undefined) score.groupingPrecision.mistakes.push('the digest has no stories: grouping scores 0');
  for (let i = 0; i < ids.length; i += 1) {
    for (let j = i + 1; j < ids.length; j += 1) {
      const a = ids[i]!;
      const b = ids[j]!;
      const refA = refOf.get(a);
      const refB = refOf.get(b);
      const together =
        refA !== undefined && refB !== undefined && (refA === refB || (storyOf.get(refA) ?? []).some((story) => (storyOf.get(refB) ?? []).includes(story)));
      const same = eventOf.get(a) === eventOf.get(b);
      if (same) {
        score.groupingRecall.total += 1;
        if (together) score.groupingRecall.hit += 1;
        else score.groupingRecall.mistakes.push(`${a} and ${b} (one event) are in different stories`);
      }
      if (together) {
        score.groupingPrecision.total += 1;
        if (same) score.groupingPrecision.hit += 1;
        else score.groupingPrecision.mistakes.push(`${a} and ${b} (different events) share a story`);
      }
    }
  }
  const idOfRef = new Map([...refOf].map(([id, ref]) => [ref, id]));
  for (const story of digest.stories ?? []) {
    score.mergedStories.total += 1;
    const events = new Set(story.articleRefs.map((ref) => eventOf.get(idOfRef.get(ref) ?? '')).filter((event) => event !== undefined));
    if (events.size > 1) {
      score.mergedStories.hit += 1;
      score.mergedStories.mistakes.push(`story ${story.id} merges ${[...events].sort().join(', ')}`);
    }
  }
}

function checkDigest(value: unknown): DigestShape {
  const digest = value as Partial<DigestShape> | null;
  if (typeof digest !== 'object' || digest === null || !Array.isArray(digest.articles) || !Array.isArray(digest.actors)) {
    throw new Error('Cannot score the digest: got no articles and actors arrays, expected a digest JSON (schemaVersion 1)');
  }
  return digest as DigestShape;
}

/** Gold persons of the run by folded canonical name, their placements merged over articles. */
function mergePersons(golds: readonly GoldArticle[]): Map<string, GoldPerson> {
  const persons = new Map<string, GoldPerson>();
  for (const gold of golds) {
    for (const person of gold.persons) {
      const key = norm.name(person.name);
      const known = persons.get(key);
      if (!known) {
        persons.set(key, person);
        continue;
      }
      const seen = new Set(known.affiliations.map((affiliation) => JSON.stringify(affiliation)));
      persons.set(key, {
        ...known,
        names: [...new Set([...known.names, ...person.names])],
        affiliations: [...known.affiliations, ...person.affiliations.filter((affiliation) => !seen.has(JSON.stringify(affiliation)))],
        acceptable: [...known.acceptable, ...person.acceptable],
      });
    }
  }
  return persons;
}

/** Whether an actor (or a place the digest names) is the designated state or organisation. */
function matches(place: { readonly id: string; readonly name: string; readonly kind: string }, designation: Designation): boolean {
  if ('state' in designation) {
    if (place.id.toUpperCase() === designation.state) return true;
    return (place.kind === 'state' || place.kind === 'unknown') && (STATE_NAMES.get(designation.state)?.has(norm.name(place.name)) ?? false);
  }
  const names = designation.names.map(norm.name);
  return names.includes(norm.name(place.name)) || (place.kind === 'unknown' && names.includes(norm.name(place.id)));
}

/** A top-level person actor counts as placed when its own affiliation fields name an accepted actor. */
function personActorPlaced(actor: DigestActor, designations: readonly Designation[], resolve: (value: unknown) => Place | undefined): boolean {
  const places = [actor.affiliation, ...(actor.affiliations ?? [])].map(resolve).filter((place) => place !== undefined);
  return places.some((place) => designations.some((designation) => matches(place, designation)));
}

function hasKeys(text: string, keys: readonly (readonly string[])[]): boolean {
  const folded = norm.text(text);
  return keys.every((alternatives) => alternatives.some((alternative) => folded.includes(norm.text(alternative))));
}

function designationNames(designation: Designation): readonly string[] {
  return 'names' in designation ? designation.names : [designation.state];
}

function describe(designations: AnyOf): string {
  return [...new Set(designations.map((designation) => ('state' in designation ? designation.state : designation.names[0])))].join(' or ');
}

function lastName(name: string): string {
  const words = norm.name(name).split(' ').filter((word) => !['jr', 'sr', 'ii', 'iii'].includes(word));
  return words.length > 1 ? (words.at(-1) ?? '') : '';
}

function stem(file: string): string {
  return path.basename(file).replace(/\.[a-z]+$/i, '');
}

function clip(text: string): string {
  return text.length > 140 ? `${text.slice(0, 137)}...` : text;
}

function emptyScore(): RunScore {
  const tally = (): Tally => ({ hit: 0, total: 0, mistakes: [] });
  return {
    affiliationPrecision: tally(),
    affiliationRecall: tally(),
    keyPoints: tally(),
    pointsAlone: tally(),
    mainEntities: tally(),
    requiredActors: tally(),
    forbiddenActors: tally(),
    splitEntities: tally(),
    groupingPrecision: tally(),
    groupingRecall: tally(),
    mergedStories: tally(),
    missingArticles: tally(),
  };
}
