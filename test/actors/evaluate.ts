/**
 * Measures the actor stage on the evaluation set (test/fixtures/actors/eval):
 * affiliation precision and recall, point precision, citations, and persons
 * under a wrong state. Run: npx tsx test/actors/evaluate.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { summariseActors } from '../../pipeline/actors/index.js';
import type { ActorBriefing } from '../../pipeline/types.js';
import { makeStories } from './make-stories.js';

const EVAL_DIR = fileURLToPath(new URL('../fixtures/actors/eval/', import.meta.url));

interface Gold {
  /** The article's date, as ingest would read it from the page: the knowledge base is read at it. */
  readonly published?: string;
  readonly persons: readonly {
    readonly name: string;
    /** Other spellings the briefing may show (the knowledge base's: "Volodymyr Zelenskyy" for "Volodymyr Zelensky"). */
    readonly spellings?: readonly string[];
    /** The actors the person may appear under; null: unplaced is acceptable. */
    readonly affiliation: string | null | readonly (string | null)[];
    /** Ids the person's `affiliations` must hold besides: a person can have a state and a party. */
    readonly also?: readonly string[];
  }[];
  readonly points: readonly { readonly actor: string; readonly contains: string }[];
  readonly forbiddenActors?: readonly string[];
}

/** The figures, and every mistake behind them. */
export interface Evaluation {
  readonly affiliationPrecision: number;
  readonly affiliationRecall: number;
  readonly pointPrecision: number;
  readonly uncitedPoints: number;
  readonly wrongState: number;
  readonly forbidden: readonly string[];
  /** "name: id" for each state or party the gold gives a person that the briefing's `affiliations` lack. */
  readonly missingAffiliations: readonly string[];
  readonly mistakes: readonly string[];
}

const slug = (name: string): string => key(name).replace(/ /g, '-');
const key = (name: string): string => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim();

/** Runs the stage on the eval articles at once (a day's set) and scores it against the gold files; `only` picks articles by name prefix. */
export function evaluate(only: readonly string[] = []): Evaluation {
  const names = readdirSync(EVAL_DIR).filter((f) => f.endsWith('.txt') && (only.length === 0 || only.some((p) => f.startsWith(p)))).sort();
  const golds = names.map((name) => JSON.parse(readFileSync(EVAL_DIR + name.replace(/\.txt$/, '.gold.json'), 'utf8')) as Gold);
  const stories = makeStories(names.map((name, i) => ({ name, text: readFileSync(EVAL_DIR + name, 'utf8'), ...(golds[i]?.published !== undefined ? { published: golds[i].published } : {}) })));
  const output = summariseActors(stories, [], {});
  const all: ActorBriefing[] = [...output.actors, ...output.mentioned];
  const mistakes: string[] = [];
  const goldPersons = new Map<string, (string | null)[]>();
  const goldAlso = new Map<string, readonly string[]>();
  // Every spelling keys the same gold entry; `canonical` maps each back to the gold name, so a person counts once.
  const canonical = new Map<string, string>();
  for (const gold of golds) {
    for (const p of gold.persons) {
      for (const spelling of [p.name, ...(p.spellings ?? [])]) {
        canonical.set(key(spelling), key(p.name));
        goldPersons.set(key(spelling), Array.isArray(p.affiliation) ? [...p.affiliation] : [p.affiliation as string | null]);
      }
      if (p.also) goldAlso.set(key(p.name), p.also);
    }
  }
  const goldKey = (name: string): string => canonical.get(key(name)) ?? key(name);
  const states = new Set(all.filter((a) => a.kind === 'state').map((a) => a.id));
  let placed = 0;
  let correct = 0;
  let wrongState = 0;
  const placedAt = new Map<string, string>();
  const missingAffiliations: string[] = [];
  for (const actor of all) {
    for (const member of actor.members) {
      placed += 1;
      placedAt.set(goldKey(member.name), actor.id);
      for (const id of goldAlso.get(goldKey(member.name)) ?? []) if (!(member.affiliations ?? []).includes(id)) missingAffiliations.push(`${member.name}: ${id}`);
      const accepted = goldPersons.get(key(member.name));
      if (accepted?.includes(actor.id)) correct += 1;
      else {
        mistakes.push(`affiliation: ${member.name} placed under ${actor.id}, gold ${JSON.stringify(accepted ?? 'not in gold')}`);
        if (states.has(actor.id)) wrongState += 1;
      }
    }
  }
  const expected = [...goldPersons.entries()].filter(([name, accepted]) => canonical.get(name) === name && accepted.some((a) => a !== null));
  const found = expected.filter(([name, accepted]) => accepted.includes(placedAt.get(name) ?? null));
  for (const [name, accepted] of expected) if (!found.some(([n]) => n === name)) mistakes.push(`missed: ${name} should be under ${JSON.stringify(accepted)}, got ${placedAt.get(name) ?? 'nothing'}`);
  let points = 0;
  let goodPoints = 0;
  let uncited = 0;
  for (const actor of output.actors) {
    for (const point of actor.points) {
      points += 1;
      if (point.refs.length === 0) uncited += 1;
      // A gold point filed under a person also counts under any affiliation the gold accepts for that person.
      const speakerAccepts = (goldActor: string): boolean =>
        point.speaker !== undefined && slug(point.speaker) === goldActor && (goldPersons.get(key(point.speaker)) ?? []).includes(actor.id);
      const ok = point.refs.some((ref) => golds[ref - 1]?.points.some((g) => (g.actor === actor.id || speakerAccepts(g.actor)) && point.text.includes(g.contains)));
      if (ok) goodPoints += 1;
      else mistakes.push(`point: under ${actor.id}: ${point.text.slice(0, 90)}`);
    }
  }
  const present = new Set(all.map((a) => a.id));
  const forbidden = golds.flatMap((g) => (g.forbiddenActors ?? []).filter((id) => present.has(id) && mentionedOnlyIn(all, id, g, golds)));
  return {
    affiliationPrecision: placed === 0 ? 0 : correct / placed,
    affiliationRecall: expected.length === 0 ? 1 : found.length / expected.length,
    pointPrecision: points === 0 ? 0 : goodPoints / points,
    uncitedPoints: uncited,
    wrongState,
    forbidden,
    missingAffiliations,
    mistakes: [...mistakes, ...missingAffiliations.map((m) => `affiliations: ${m} missing`)],
  };
}

/** A forbidden actor counts when it is cited from the article that forbids it. */
function mentionedOnlyIn(all: readonly ActorBriefing[], id: string, gold: Gold, golds: readonly Gold[]): boolean {
  const ref = golds.indexOf(gold) + 1;
  return all.some((a) => a.id === id && a.articleRefs.includes(ref));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = evaluate(process.argv.slice(2));
  const pct = (x: number): string => x.toFixed(3);
  console.log(`affiliation precision ${pct(result.affiliationPrecision)}  recall ${pct(result.affiliationRecall)}  point precision ${pct(result.pointPrecision)}`);
  console.log(`uncited points ${result.uncitedPoints}  persons under a wrong state ${result.wrongState}  forbidden actors ${JSON.stringify(result.forbidden)}  missing affiliations ${result.missingAffiliations.length}`);
  for (const m of result.mistakes) console.log(`  - ${m}`);
}
