import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { AnyOf, Designation, Gold, GoldArticle, GoldEvent, GoldPerson } from './gold-types.js';

/** A state is written as its ISO alpha-3 code; every other designation is an `@key` or an array of names. */
const STATE_CODE = /^[A-Z]{3}$/;
/** How a BBC or BASIL article id is spelled (test/fixtures/eval/articles.json). */
const ARTICLE_ID = /^(bbc-(business|entertainment|politics|sport|tech)-\d{3}|basil-20(10|11|12)-[0-9a-f]{8}-[123])$/;

const designation = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
const placement = z.union([designation, z.object({ any: z.array(designation).min(1) }).strict()]);
const articleSchema = z
  .object({
    id: z.string().regex(ARTICLE_ID),
    persons: z.array(
      z
        .object({
          name: z.string().min(1),
          names: z.array(z.string().min(1)).optional(),
          role: z.string().optional(),
          affiliations: z.array(placement),
          acceptable: z.array(designation).optional(),
        })
        .strict(),
    ),
    points: z
      .array(
        z
          .object({ actor: z.array(designation).optional(), person: z.string().optional(), keys: z.array(z.string().min(1)).min(1) })
          .strict()
          .refine((point) => point.actor !== undefined || point.person !== undefined, 'a point needs an actor or a person'),
      )
      .min(1)
      .max(3),
    actors: z.array(placement),
    sameEntity: z.array(z.array(z.string().min(1)).min(1)),
    notActors: z.array(z.string().min(1)),
    mainEntities: z.array(z.object({ name: z.string().min(1), names: z.array(z.string().min(1)).min(1) }).strict()).optional(),
    commentsStart: z.string().min(10).optional(),
  })
  .strict();
const eventSchema = z
  .object({ id: z.string().regex(/^basil-event-20(10|11|12)-[0-9a-f]{8}$/), triplet: z.string().regex(/^[0-9a-f-]{36}$/), event: z.string().min(1), articles: z.array(z.string().regex(ARTICLE_ID)).length(3) })
  .strict();
const listSchema = z.object({
  seed: z.number(),
  bbc: z.object({ tune: z.array(z.string()), holdout: z.array(z.string()) }),
  basil: z.object({ tune: z.array(z.string()), holdout: z.array(z.string()) }),
});
const orgsSchema = z.record(z.string(), z.union([z.string(), z.array(z.string().min(1)).min(1)]));
const namesSchema = z.object({ names: z.array(z.string().min(1)) });
const judgementsSchema = z.object({ judgements: z.array(z.object({ text: z.string().min(1), standsAlone: z.boolean(), why: z.string().min(1) }).strict()) });

/**
 * Reads and checks the gold under `root` (test/fixtures/eval): the article list,
 * one gold file per listed article and one per BASIL event, the shared organisation
 * names (`@key`), the global forbidden names and the manual judgements. Throws a
 * message naming the file and the problem; `@key` names are expanded.
 */
export function loadGold(root: string): Gold {
  const list = read(root, 'articles.json', listSchema);
  const orgsFile = read(root, 'orgs.json', orgsSchema);
  const orgs = new Map(Object.entries(orgsFile).filter((entry): entry is [string, string[]] => Array.isArray(entry[1])));
  const articles = new Map<string, GoldArticle>();
  const events: GoldEvent[] = [];
  for (const set of ['tune', 'holdout'] as const) {
    const listed = new Set([...list.bbc[set], ...list.basil[set]]);
    const files = readdirSync(path.join(root, set)).filter((file) => file.endsWith('.gold.json')).sort();
    for (const file of files) {
      const id = file.slice(0, -'.gold.json'.length);
      if (id.startsWith('basil-event-')) {
        const event = read(path.join(root, set), file, eventSchema);
        if (event.id !== id) throw new Error(`Cannot read ${set}/${file}: its id is ${event.id}, expected ${id}`);
        for (const article of event.articles) if (!listed.has(article)) throw new Error(`Cannot read ${set}/${file}: ${article} is not in the ${set} part`);
        events.push(event);
        continue;
      }
      if (!listed.has(id)) throw new Error(`Cannot read ${set}/${file}: ${id} is not in the ${set} part of articles.json`);
      const raw = read(path.join(root, set), file, articleSchema);
      if (raw.id !== id) throw new Error(`Cannot read ${set}/${file}: its id is ${raw.id}, expected ${id}`);
      const where = `${set}/${file}`;
      const expand = (value: z.infer<typeof designation>): Designation => expandDesignation(value, orgs, where);
      const expandPlacement = (value: z.infer<typeof placement>): AnyOf =>
        typeof value === 'object' && !Array.isArray(value) ? value.any.map(expand) : [expand(value)];
      const persons: GoldPerson[] = raw.persons.map((person) => ({
        name: person.name,
        names: unique([person.name, ...(person.names ?? [])]),
        ...(person.role === undefined ? {} : { role: person.role }),
        affiliations: person.affiliations.map(expandPlacement),
        acceptable: (person.acceptable ?? []).map(expand),
      }));
      const personNames = new Set(persons.map((person) => person.name));
      for (const point of raw.points) {
        if (point.person !== undefined && !personNames.has(point.person)) throw new Error(`Cannot read ${where}: point person "${point.person}" is not among its persons`);
      }
      const source = id.startsWith('bbc-') ? 'bbc' : 'basil';
      if ((source === 'basil') !== (raw.mainEntities !== undefined)) throw new Error(`Cannot read ${where}: mainEntities is required for BASIL articles and only for them`);
      articles.set(id, {
        id,
        set,
        source,
        persons,
        points: raw.points.map((point) => ({
          actor: (point.actor ?? []).map(expand),
          ...(point.person === undefined ? {} : { person: point.person }),
          keys: point.keys.map((key) => key.split('|').map((alternative) => alternative.trim()).filter((alternative) => alternative !== '')),
        })),
        actors: raw.actors.map(expandPlacement),
        sameEntity: raw.sameEntity.map((group) => unique(group.flatMap((name) => expandNames(name, orgs, where)))),
        notActors: raw.notActors,
        mainEntities: (raw.mainEntities ?? []).map((entity) => ({ name: entity.name, match: entity.names.map(expand) })),
        ...(raw.commentsStart === undefined ? {} : { commentsStart: raw.commentsStart }),
      });
    }
    for (const id of listed) if (!articles.has(id)) throw new Error(`Cannot read the gold: ${set}/${id}.gold.json is missing`);
  }
  const basilIds = [...list.basil.tune, ...list.basil.holdout];
  const grouped = events.flatMap((event) => event.articles);
  for (const id of basilIds) if (grouped.filter((article) => article === id).length !== 1) throw new Error(`Cannot read the gold: ${id} must be in exactly one basil-event file`);
  return {
    seed: list.seed,
    articles,
    events,
    forbidden: read(root, 'forbidden-names.json', namesSchema).names,
    judgements: read(root, 'judgements.json', judgementsSchema).judgements,
    parts: {
      tune: { bbc: list.bbc.tune, basil: list.basil.tune },
      holdout: { bbc: list.bbc.holdout, basil: list.basil.holdout },
    },
  };
}

function read<T>(dir: string, file: string, schema: z.ZodType<T>): T {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read ${file}: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new Error(`Cannot read ${file}: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ')}`);
  return parsed.data;
}

function expandDesignation(value: string | readonly string[], orgs: ReadonlyMap<string, readonly string[]>, where: string): Designation {
  if (typeof value === 'string' && STATE_CODE.test(value)) return { state: value };
  return { names: typeof value === 'string' ? expandNames(value, orgs, where) : unique(value.flatMap((name) => expandNames(name, orgs, where))) };
}

function expandNames(name: string, orgs: ReadonlyMap<string, readonly string[]>, where: string): string[] {
  if (!name.startsWith('@')) return [name];
  const names = orgs.get(name.slice(1));
  if (names === undefined) throw new Error(`Cannot read ${where}: ${name} is not a key of orgs.json`);
  return [...names];
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names)];
}
