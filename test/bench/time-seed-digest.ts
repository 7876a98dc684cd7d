import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { $ } from 'zx';
import { BENCH_DATE } from './bench-date.js';
import { ROOT } from './run-child.js';

/** Wall times of repeated cold runs of one command, ms. */
export interface ColdTimes {
  readonly command: string;
  readonly runs: readonly number[];
  readonly min: number;
  readonly median: number;
}

/**
 * The seed digest (the demo a first `npm run digest` runs), cold: a new Node
 * process each time, start-up included, timed `runs` times three ways: through
 * npm, as users type it; as `node .build/cli.js`, which shows what npm's own
 * start-up adds; and from the TypeScript sources through tsx (`npm run dev`),
 * which shows what compiling ahead saves. Output goes to a fresh temporary
 * folder per run.
 */
export async function timeSeedDigest(runs: number): Promise<ColdTimes[]> {
  // `npm run bench` sets npm_* variables; an npm started under them runs slower (about 0.6 s
  // here) than one typed in a shell, so the children get the environment without them.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));
  const viaNpm = (out: string) => $({ cwd: ROOT, quiet: true, env })`npm run digest -- --out ${out} --date ${BENCH_DATE} -q`;
  const direct = (out: string) => $({ cwd: ROOT, quiet: true, env })`node .build/cli.js --out ${out} --date ${BENCH_DATE} -q`;
  const sources = (out: string) => $({ cwd: ROOT, quiet: true, env })`node --import tsx pipeline/cli.ts --out ${out} --date ${BENCH_DATE} -q`;
  return [
    await timeRuns(`npm run digest -- --out DIR --date ${BENCH_DATE} -q`, runs, viaNpm),
    await timeRuns(`node .build/cli.js --out DIR --date ${BENCH_DATE} -q`, runs, direct),
    await timeRuns(`node --import tsx pipeline/cli.ts --out DIR --date ${BENCH_DATE} -q`, runs, sources),
  ];
}

async function timeRuns(command: string, runs: number, run: (out: string) => Promise<unknown>): Promise<ColdTimes> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const out = mkdtempSync(path.join(os.tmpdir(), 'actor-digest-seedbench-'));
    const started = performance.now();
    await run(out);
    times.push(performance.now() - started);
    rmSync(out, { recursive: true, force: true });
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { command, runs: times, min: sorted[0] ?? Number.NaN, median: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN };
}
