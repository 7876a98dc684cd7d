/**
 * `npx tsx test/eval/check-gold.ts`: checks the gold against the articles it was
 * written from (read from the mirrors, as `npm run eval` does), without running the
 * pipeline: every point's keys must meet in one sentence of its article, every
 * person must be named in it, reader comments must start where the gold says,
 * BASIL main entities must equal the data set's, and no name may be both required
 * and forbidden. Prints each problem and exits 1 if there is any.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGold } from './load-gold.js';
import { mirrorDirs } from './mirror-dirs.js';
import { norm } from './norm.js';
import { prepareInputs } from './prepare-inputs.js';

/** Sentence ends for the check: a stop, then a space and a capital, digit or quote. */
const SENTENCE_BREAK = /(?<=[.!?]["'”’)]?)\s+(?=["“‘'(]?[A-Z0-9£$])|\n+/u;

const gold = loadGold(fileURLToPath(new URL('../fixtures/eval/', import.meta.url)));
const work = mkdtempSync(path.join(os.tmpdir(), 'actor-digest-gold-'));
const problems: string[] = [];
try {
  const prepared = prepareInputs([...gold.articles.keys()], work, mirrorDirs(process.env));
  for (const article of prepared) {
    const entry = gold.articles.get(article.id)!;
    const body = article.body;
    const sentences = `${article.title}\n${body}`.split(SENTENCE_BREAK).map(norm.text);
    const whole = norm.text(body);
    for (const point of entry.points) {
      const fits = sentences.some((sentence) => point.keys.every((alternatives) => alternatives.some((key) => sentence.includes(norm.text(key)))));
      if (!fits) problems.push(`${article.id}: no sentence carries all of [${point.keys.map((key) => key.join('|')).join(' + ')}]`);
      for (const alternatives of point.keys) {
        for (const key of alternatives) if (!whole.includes(norm.text(key)) && !norm.text(article.title).includes(norm.text(key))) problems.push(`${article.id}: key "${key}" is not in the article`);
      }
    }
    const folded = norm.name(`${article.title} ${body}`);
    for (const person of entry.persons) {
      const named = person.names.some((name) => folded.includes(norm.name(name)) || folded.includes(norm.name(name).split(' ').at(-1) ?? ''));
      if (!named) problems.push(`${article.id}: person ${person.name} is not named in the article`);
    }
    if (entry.commentsStart !== undefined && !whole.includes(norm.text(entry.commentsStart))) problems.push(`${article.id}: commentsStart is not in the article`);
    if (article.mainEntities !== undefined) {
      const goldNames = entry.mainEntities.map((entity) => entity.name).sort();
      if (JSON.stringify(goldNames) !== JSON.stringify([...article.mainEntities].sort())) problems.push(`${article.id}: main entities ${JSON.stringify(goldNames)} differ from the data set's ${JSON.stringify(article.mainEntities)}`);
    }
    const required = new Set(entry.actors.flat().flatMap((designation) => ('names' in designation ? designation.names : [])).map(norm.name));
    for (const name of entry.notActors) if (required.has(norm.name(name))) problems.push(`${article.id}: "${name}" is both a required actor and a forbidden name`);
  }
  for (const event of gold.events) {
    const triplets = new Set(prepared.filter((article) => event.articles.includes(article.id)).map((article) => article.triplet));
    if (triplets.size !== 1 || !triplets.has(event.triplet)) problems.push(`${event.id}: its articles are not all of triplet ${event.triplet}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
for (const problem of problems) process.stdout.write(`${problem}\n`);
process.stdout.write(`${gold.articles.size} articles, ${gold.events.length} events checked: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n`);
process.exitCode = problems.length === 0 ? 0 : 1;
