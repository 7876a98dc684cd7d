/**
 * Draws the development set's article list from the mirrors' file listings only
 * (never their contents), so nobody chose an article by reading it first:
 *
 *   npx tsx test/eval/draw-sample.ts [--write]
 *
 * BBC: files numbered 151 and above of every category, shuffled by a seeded PRNG;
 * the first TUNE of a category go to `tune`, the next HOLDOUT to `holdout`. A file
 * whose bytes equal a file numbered 001-150 (same git blob) is skipped: reading it
 * would be reading a file kept to measure the work. BASIL: every article of 2010
 * and 2011 goes to `tune`, of 2012 to `holdout`; 2013-2019 are never listed.
 * With --write it rewrites test/fixtures/eval/articles.json; without, it prints it.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { $ } from 'zx';
import { seededRandom } from '../helpers/seeded-random.js';
import { mirrorDirs } from './mirror-dirs.js';

/** The seed of the draw, recorded so anyone can redo it (a date written as a number). */
export const DRAW_SEED = 20_261_201;
/** Files up to this number in every BBC category are kept to measure the work. */
const BBC_KEPT_MAX = 150;
/**
 * Articles per category and part. Politics and business carry the parties,
 * governments and companies the actor work is about, so they get more; every
 * category is in both parts.
 */
const BBC_COUNTS: Readonly<Record<string, { tune: number; holdout: number }>> = {
  business: { tune: 20, holdout: 10 },
  entertainment: { tune: 12, holdout: 6 },
  politics: { tune: 22, holdout: 11 },
  sport: { tune: 12, holdout: 6 },
  tech: { tune: 14, holdout: 7 },
};
/** BASIL years in each part; every other year is kept to measure the work. */
const BASIL_YEARS = { tune: ['2010', '2011'], holdout: ['2012'] } as const;

const OUT = fileURLToPath(new URL('../fixtures/eval/articles.json', import.meta.url));

$.verbose = false;
const { bbc, basil } = mirrorDirs(process.env);

const bbcRows = (await $`git -C ${bbc} ls-tree -r HEAD bbc`).stdout.trim().split('\n');
const blobs = bbcRows.map((row) => {
  const [meta = '', file = ''] = row.split('\t');
  const match = /^bbc\/([a-z]+)\/(\d{3})\.txt$/.exec(file);
  return match ? { category: match[1]!, number: Number(match[2]), blob: meta.split(' ')[2]! } : undefined;
}).filter((row) => row !== undefined);
const keptBlobs = new Set(blobs.filter((row) => row.number <= BBC_KEPT_MAX).map((row) => row.blob));

const random = seededRandom(DRAW_SEED);
const bbcParts = { tune: [] as string[], holdout: [] as string[] };
for (const category of Object.keys(BBC_COUNTS).sort()) {
  const seen = new Set<string>();
  const candidates = blobs
    .filter((row) => row.category === category && row.number > BBC_KEPT_MAX)
    .sort((a, b) => a.number - b.number)
    .filter((row) => {
      if (keptBlobs.has(row.blob) || seen.has(row.blob)) return false;
      seen.add(row.blob);
      return true;
    });
  shuffle(candidates, random);
  const counts = BBC_COUNTS[category]!;
  const id = (row: { number: number }) => `bbc-${category}-${String(row.number).padStart(3, '0')}`;
  bbcParts.tune.push(...candidates.slice(0, counts.tune).map(id));
  bbcParts.holdout.push(...candidates.slice(counts.tune, counts.tune + counts.holdout).map(id));
}

const basilFiles = (await $`git -C ${basil} ls-tree -r --name-only HEAD articles`).stdout.trim().split('\n');
const basilParts = { tune: [] as string[], holdout: [] as string[] };
for (const part of ['tune', 'holdout'] as const) {
  for (const file of basilFiles) {
    const match = /^articles\/(\d{4})\/([0-9a-f]{8})[0-9a-f-]*_(\d)\.json$/.exec(file);
    if (match && (BASIL_YEARS[part] as readonly string[]).includes(match[1]!)) basilParts[part].push(`basil-${match[1]}-${match[2]}-${match[3]}`);
  }
}

const list = {
  note: 'Drawn by test/eval/draw-sample.ts from the mirrors\' file listings; do not edit by hand.',
  seed: DRAW_SEED,
  bbc: { tune: bbcParts.tune.sort(), holdout: bbcParts.holdout.sort() },
  basil: { tune: basilParts.tune.sort(), holdout: basilParts.holdout.sort() },
};
const json = `${JSON.stringify(list, null, 2)}\n`;
if (process.argv.includes('--write')) writeFileSync(OUT, json);
else process.stdout.write(json);

/** Fisher-Yates in place. */
function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}
