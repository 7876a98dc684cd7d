// `npm run simulate -- --days 365 --per-day 200`: a year in the life of the
// schedule. Each simulated day generates that day's news (new stories, copies
// on other sites, follow-ups of earlier stories), runs the compiled digest on
// it into the out/ folder of a scratch git repository, and commits out/, as
// the workflow does. Prints, per day, the run's wall time, what the day's
// commit added to the repository (git count-objects -v), the ledger's size and
// out/'s size; every --gc-every days and at the end it packs the repository
// (git gc) and prints its packed size. Ends with the three bars: the last day's
// run time against day 30's, the repository's growth, the ledger's size.
//
// Options: --days N (365), --per-day N (200), --seed S, --start YYYY-MM-DD
// (2026-01-01), --dir DIR (default: a new folder under the system's temp
// folder, kept so it can be looked at), --gc-every N (30), --resume (go on
// from the last day an earlier run of the same --dir finished: a year takes
// hours on a busy machine).
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { $ } from 'zx';
import { generateDay } from './generate-day.js';

/** The repository root. */
const ROOT = path.resolve(import.meta.dirname, '../..');

/** The bars a year must meet. */
const BARS = { timeRatio: 1.2, growthMb: 60, ledgerMb: 5 } as const;
/** Days around day 30 and at the end whose median run time the time bar also compares (single runs are noisy on a shared machine). */
const WINDOW_DAYS = 7;

const { values } = parseArgs({
  options: {
    days: { type: 'string', default: '365' },
    'per-day': { type: 'string', default: '200' },
    seed: { type: 'string', default: 'simulate' },
    start: { type: 'string', default: '2026-01-01' },
    dir: { type: 'string' },
    'gc-every': { type: 'string', default: '30' },
    resume: { type: 'boolean', default: false },
  },
});
const days = Number(values.days);
const perDay = Number(values['per-day']);
const gcEvery = Number(values['gc-every']);
const dir = path.resolve(values.dir ?? mkdtempSync(path.join(os.tmpdir(), 'actor-digest-simulate-')));
const repo = path.join(dir, 'repo');
const news = path.join(dir, 'news');
/** One JSON line per finished day, so that --resume can go on. */
const progress = path.join(dir, 'days.jsonl');
/** The repository's size before the first day, KB. */
const baseline = path.join(dir, 'start-kb');

if (!existsSync(path.join(ROOT, '.build', 'cli.js'))) throw new Error('Cannot simulate: got no .build/cli.js, expected a build (npm run build)');
$.quiet = true;
const resumed = values.resume && existsSync(progress) ? readFileSync(progress, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Row) : [];
if (resumed.length === 0) {
  rmSync(repo, { recursive: true, force: true });
  rmSync(progress, { force: true });
  mkdirSync(repo, { recursive: true });
  await $({ cwd: repo })`git init -q`;
  await $({ cwd: repo })`git config user.name simulate`;
  await $({ cwd: repo })`git config user.email simulate@example.org`;
  await $({ cwd: repo })`git config gc.auto 0`;
  // The project's ignore rules: what the workflow's `git add out` leaves out here is left out there too.
  cpSync(path.join(ROOT, '.gitignore'), path.join(repo, '.gitignore'));
  await $({ cwd: repo })`git add .gitignore`;
  await $({ cwd: repo })`git commit -q -m start`;
  writeFileSync(baseline, String(await repositoryKb()));
}

interface Row {
  day: number;
  date: string;
  ms: number;
  addedKb: number;
  ledgerBytes: number;
  outBytes: number;
  packedKb?: number;
}
const rows: Row[] = [...resumed];
const startKb = Number(readFileSync(baseline, 'utf8'));
console.log(`simulating ${days} days of ${perDay} articles from ${values.start} in ${dir}${resumed.length > 0 ? `, from day ${resumed.length + 1}` : ''}`);
console.log('| day | date | run s | added KB | ledger KB | out/ KB | packed KB |');
console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: |');
for (let day = resumed.length + 1; day <= days; day++) {
  const date = format(addDays(parseISO(values.start), day - 1), 'yyyy-MM-dd');
  const input = path.join(news, date);
  generateDay(input, values.seed, day, perDay);
  const before = await repositoryKb();
  const started = performance.now();
  const run = await $({ cwd: dir, nothrow: true })`node ${path.join(ROOT, '.build', 'cli.js')} ${path.relative(dir, input)} --out ${path.join(repo, 'out')} --date ${date} -q`;
  const ms = performance.now() - started;
  if (run.exitCode !== 0) throw new Error(`Cannot go on: day ${day} (${date}) exited ${run.exitCode}: ${run.stderr}`);
  rmSync(input, { recursive: true, force: true });
  await $({ cwd: repo })`git add -A out`;
  await $({ cwd: repo, nothrow: true })`git commit -q -m ${`Digest ${date}`}`;
  const row: Row = { day, date, ms, addedKb: (await repositoryKb()) - before, ledgerBytes: ledgerBytes(path.join(repo, 'out')), outBytes: folderBytes(path.join(repo, 'out')) };
  if (day % gcEvery === 0 || day === days) {
    await $({ cwd: repo })`git gc -q --prune=now`;
    row.packedKb = (await repositoryKb()) - startKb;
  }
  rows.push(row);
  appendFileSync(progress, `${JSON.stringify(row)}\n`);
  console.log(`| ${day} | ${date} | ${(ms / 1000).toFixed(2)} | ${row.addedKb} | ${(row.ledgerBytes / 1024).toFixed(0)} | ${(row.outBytes / 1024).toFixed(0)} | ${row.packedKb ?? ''} |`);
}

const last = rows[rows.length - 1]!;
const dayThirty = rows.find((row) => row.day === Math.min(30, days))!;
const median = (list: readonly number[]): number => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
const around = (day: number): number[] => rows.filter((row) => Math.abs(row.day - day) <= WINDOW_DAYS / 2).map((row) => row.ms);
const ratio = last.ms / dayThirty.ms;
const windowRatio = median(around(last.day)) / median(around(dayThirty.day));
const growthMb = (last.packedKb ?? 0) / 1024;
const ledgerMb = Math.max(...rows.map((row) => row.ledgerBytes)) / 1024 / 1024;
const verdict = (ok: boolean): string => (ok ? 'met' : 'NOT met');
console.log(`\nday ${last.day} against day ${dayThirty.day}: ${ratio.toFixed(2)}x (medians of ${WINDOW_DAYS} days around each: ${windowRatio.toFixed(2)}x; bar <= ${BARS.timeRatio}x: ${verdict(windowRatio <= BARS.timeRatio)})`);
console.log(`repository growth after git gc: ${growthMb.toFixed(1)} MB over ${days} days (bar <= ${BARS.growthMb} MB a year: ${verdict(growthMb * (365 / days) <= BARS.growthMb)})`);
console.log(`largest ledger: ${ledgerMb.toFixed(2)} MB (bar < ${BARS.ledgerMb} MB: ${verdict(ledgerMb < BARS.ledgerMb)})`);

/** The repository's size as git counts it: loose objects plus packs, KB. */
async function repositoryKb(): Promise<number> {
  const counts = (await $({ cwd: repo })`git count-objects -v`).stdout;
  const field = (name: string): number => Number(new RegExp(`^${name}: (\\d+)$`, 'mu').exec(counts)?.[1] ?? 0);
  return field('size') + field('size-pack');
}

/** Bytes of the ledger: `ledger.json`, or every file of a `ledger/` folder. */
function ledgerBytes(out: string): number {
  const file = path.join(out, 'ledger.json');
  const folder = path.join(out, 'ledger');
  return (existsSync(file) ? statSync(file).size : 0) + (existsSync(folder) ? folderBytes(folder) : 0);
}

function folderBytes(folder: string): number {
  let total = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}
