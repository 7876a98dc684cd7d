// Run time of two simulated days, measured fairly on a busy machine: each day
// is rerun on the output folder as the scratch repository of `npm run
// simulate` held it the evening before (exported from git), the two in turns,
// `--runs` times, so that both see the same load. Prints the median and the
// fastest of each and their ratio: the time bar of a year ("the last day at
// most 1.2x day 30") without the noise of hours between the two days.
//
// Run: node --import tsx test/simulate/compare-days.ts --dir DIR [--days 30,365] [--runs 5] [--per-day 200] [--seed S] [--start YYYY-MM-DD]
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { $ } from 'zx';
import { generateDay } from './generate-day.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    days: { type: 'string', default: '30,365' },
    runs: { type: 'string', default: '5' },
    'per-day': { type: 'string', default: '200' },
    seed: { type: 'string', default: 'simulate' },
    start: { type: 'string', default: '2026-01-01' },
  },
});
if (values.dir === undefined) throw new Error('Cannot compare: got no --dir, expected the folder of a simulation');
const repo = path.join(path.resolve(values.dir), 'repo');
const days = values.days.split(',').map(Number);
const runs = Number(values.runs);
const scratch = mkdtempSync(path.join(os.tmpdir(), 'actor-digest-compare-'));
$.quiet = true;

const dateOf = (day: number): string => format(addDays(parseISO(values.start), day - 1), 'yyyy-MM-dd');
const setups = [];
for (const day of days) {
  const date = dateOf(day);
  const evening = (await $({ cwd: repo })`git log --format=%H -1 --grep=${`^Digest ${dateOf(day - 1)}$`}`).stdout.trim();
  if (evening === '') throw new Error(`Cannot compare day ${day}: the repository has no commit "Digest ${dateOf(day - 1)}"`);
  const input = path.join(scratch, `news-${day}`);
  generateDay(input, values.seed, day, Number(values['per-day']));
  setups.push({ day, date, evening, input, times: [] as number[] });
}
for (let run = 0; run < runs; run++) {
  for (const setup of setups) {
    const state = path.join(scratch, `state-${setup.day}`);
    rmSync(state, { recursive: true, force: true });
    mkdirSync(state);
    await $({ cwd: repo })`git archive --format=tar --output=${path.join(scratch, 'state.tar')} ${setup.evening} out`;
    await $({ cwd: state })`tar -xf ${path.join(scratch, 'state.tar')}`;
    const started = performance.now();
    await $({ cwd: scratch })`node ${path.join(ROOT, '.build', 'cli.js')} ${setup.input} --out ${path.join(state, 'out')} --date ${setup.date} -q`;
    setup.times.push(performance.now() - started);
  }
}
const median = (list: readonly number[]): number => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
for (const { day, times } of setups) console.log(`day ${day}: median ${(median(times) / 1000).toFixed(2)} s, fastest ${(Math.min(...times) / 1000).toFixed(2)} s (${times.map((ms) => (ms / 1000).toFixed(2)).join(' ')})`);
const [first, last] = [setups[0]!, setups[setups.length - 1]!];
console.log(`day ${last.day} against day ${first.day}: ${(median(last.times) / median(first.times)).toFixed(2)}x by medians, ${(Math.min(...last.times) / Math.min(...first.times)).toFixed(2)}x by the fastest runs`);
rmSync(scratch, { recursive: true, force: true });
