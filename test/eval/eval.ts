/**
 * `npm run eval -- [--set tune|holdout|all] [--json] [--verbose] [--work DIR]`
 *
 * Prepares the development set's articles from the mirrors (ACTOR_DIGEST_MIRROR,
 * default /work/.mirror) into a temporary folder, runs the real CLI once per run
 * (the BBC articles of a part as one day; each BASIL year as one day), scores each
 * digest against the gold in test/fixtures/eval and prints every figure with its bar
 * (issue 13 item 7, issue 14 item 6). --verbose lists every mistake behind a figure;
 * --json prints the report as JSON; --work keeps inputs and digests in DIR.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { figuresOf, formatReport } from './format-report.js';
import type { Gold } from './gold-types.js';
import { loadGold } from './load-gold.js';
import { mirrorDirs } from './mirror-dirs.js';
import { prepareInputs } from './prepare-inputs.js';
import { runDigest } from './run-digest.js';
import { scoreRun, type RunScore } from './score-run.js';
import { sumScores } from './sum-scores.js';

/** The BBC set is of 2004-05; any date after its last article will do (issue brief). */
const BBC_DATE = '2005-06-01';
/** Each BASIL year is briefed as one day dated after its last article. */
const BASIL_DATE = (year: string) => `${year}-12-31`;
const GOLD_ROOT = fileURLToPath(new URL('../fixtures/eval/', import.meta.url));
const PARTS = ['tune', 'holdout'] as const;
type Part = (typeof PARTS)[number];

const { values } = parseArgs({
  options: {
    set: { type: 'string', default: 'all' },
    json: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    work: { type: 'string' },
  },
});
if (!['tune', 'holdout', 'all'].includes(values.set)) {
  process.stderr.write(`error: Cannot use --set ${values.set}: expected tune, holdout or all\n`);
  process.exit(2);
}
const parts: readonly Part[] = values.set === 'all' ? PARTS : [values.set as Part];

const gold = loadGold(GOLD_ROOT);
const mirrors = mirrorDirs(process.env);
const work = values.work === undefined ? mkdtempSync(path.join(os.tmpdir(), 'actor-digest-eval-')) : path.resolve(values.work);
const log = (line: string) => {
  if (!values.json) process.stderr.write(`${line}\n`);
};

try {
  const results: { part: Part; run: string; articles: number; date: string; score: RunScore }[] = [];
  for (const part of parts) {
    for (const run of runsOf(gold, part)) {
      log(`${run.name}: preparing ${run.ids.length} articles, running the digest for ${run.date}`);
      const inputDir = path.join(work, run.name, 'in');
      const prepared = prepareInputs(run.ids, inputDir, mirrors);
      const digest = await runDigest(inputDir, path.join(work, run.name, 'out'), run.date);
      const score = scoreRun({
        articles: prepared.map((article) => ({ ...article, gold: gold.articles.get(article.id)! })),
        events: gold.events.filter((event) => event.articles.some((id) => run.ids.includes(id))),
        forbidden: gold.forbidden,
        judgements: gold.judgements,
        digest,
      });
      results.push({ part, run: run.name, articles: run.ids.length, date: run.date, score });
    }
  }
  const sections = [
    ...parts.map((part) => {
      const runs = results.filter((result) => result.part === part);
      return { title: `${part} (${runs.map((run) => `${run.run}: ${run.articles} articles`).join(', ')})`, score: sumScores(runs.map((run) => ({ run: run.run, score: run.score }))) };
    }),
    ...(parts.length > 1 ? [{ title: 'all parts', score: sumScores(results.map((run) => ({ run: run.run, score: run.score }))), listMistakes: false }] : []),
  ];
  if (values.json) {
    const report = {
      seed: gold.seed,
      parts: sections.map((section) => ({
        title: section.title,
        figures: figuresOf(section.score).map((figure) => ({
          ...figure,
          ...(values.verbose ? { mistakes: section.score[figure.key].mistakes } : {}),
        })),
      })),
      runs: results.map((result) => ({ part: result.part, run: result.run, articles: result.articles, date: result.date, figures: figuresOf(result.score) })),
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    process.stdout.write(formatReport(sections, values.verbose));
  }
} finally {
  if (values.work === undefined) rmSync(work, { recursive: true, force: true });
}

/** The runs of a part: its BBC articles as one day, and each BASIL year as one day. */
function runsOf(source: Gold, part: Part): { name: string; ids: string[]; date: string }[] {
  const ids = source.parts[part];
  const years = [...new Set(ids.basil.map((id) => id.split('-')[1]!))].sort();
  return [
    { name: `bbc-${part}`, ids: [...ids.bbc], date: BBC_DATE },
    ...years.map((year) => ({ name: `basil-${year}`, ids: ids.basil.filter((id) => id.startsWith(`basil-${year}-`)), date: BASIL_DATE(year) })),
  ];
}
