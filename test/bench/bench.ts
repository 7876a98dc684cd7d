/**
 * `npm run bench`: generate (or reuse) deterministic corpora, run the whole
 * pipeline on each size in its own process, run the near-duplicate peers, time
 * the seed digest cold, and print one report.
 *
 *   npm run bench -- [--sizes 1000,10000,100000] [--seed bench1] [--root DIR]
 *                    [--peer-budget 180] [--size-timeout 40] [--skip-peers] [--skip-seed]
 *                    [--heap MB] [--profile DIR] [--json FILE]
 *
 * --heap raises the pipeline children's V8 heap limit (default about 4 GB here), to see
 * how far a size gets when the default limit stops it.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { describeMachine } from './describe-machine.js';
import { ensureCorpus } from './ensure-corpus.js';
import { formatReport, type BenchReport } from './format-report.js';
import { runChild } from './run-child.js';
import type { PeersResult } from './run-peers.js';
import type { SizeResult } from './run-size.js';
import { timeSeedDigest } from './time-seed-digest.js';

/** Sizes run by default: a day, a large day, and the scale where one machine ends. */
const DEFAULT_SIZES = [1000, 10_000, 100_000];
/** The all-pairs baseline runs up to this size: above it n^2/2 comparisons take hours. */
const ALL_PAIRS_MAX = 10_000;
/** Per peer and size, s: "a few minutes" (a peer slower than that is reported as not finished). */
const DEFAULT_PEER_BUDGET_S = 180;
/** Default minutes a pipeline child may run before it is stopped and reported as not finished. */
const DEFAULT_SIZE_TIMEOUT_MIN = 40;
/** Cold seed-digest runs; min and median are printed. */
const SEED_RUNS = 5;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    seed: { type: 'string', default: 'bench1' },
    root: { type: 'string', default: path.join(os.tmpdir(), 'actor-digest-bench') },
    'peer-budget': { type: 'string', default: String(DEFAULT_PEER_BUDGET_S) },
    'skip-peers': { type: 'boolean', default: false },
    'skip-seed': { type: 'boolean', default: false },
    'size-timeout': { type: 'string', default: String(DEFAULT_SIZE_TIMEOUT_MIN) },
    heap: { type: 'string' },
    profile: { type: 'string' },
    json: { type: 'string' },
  },
});
const sizes = values.sizes ? values.sizes.split(',').map((size) => parseSize(size)) : DEFAULT_SIZES;
const peerBudgetS = Number(values['peer-budget']);
if (!(peerBudgetS > 0)) throw new Error(`Cannot use --peer-budget ${values['peer-budget']}: expected seconds > 0`);
const sizeTimeoutMs = Number(values['size-timeout']) * 60_000;
if (!(sizeTimeoutMs > 0)) throw new Error(`Cannot use --size-timeout ${values['size-timeout']}: expected minutes > 0`);
const log = (line: string) => process.stderr.write(`${line}\n`);

const machine = describeMachine();
log(`bench on ${machine}`);
const sizeResults: BenchReport['sizes'][number][] = [];
const peerResults: BenchReport['peers'][number][] = [];
let seedTimes: BenchReport['seed'];
const corpora = sizes.map((size) => {
  const corpus = ensureCorpus(values.root, size, values.seed);
  const how = corpus.reused ? 'reused' : `generated in ${(corpus.generateMs / 1000).toFixed(1)} s`;
  log(`corpus ${size}: ${corpus.dir} (${(corpus.manifest.bytes / 1e6).toFixed(1)} MB, ${corpus.manifest.stories} stories, ${corpus.manifest.families.length} planted families; ${how})`);
  return { size, corpus };
});

for (const { size, corpus } of corpora) {
  log(`pipeline ${size} ...`);
  const nodeFlags = [
    ...(values.heap ? [`--max-old-space-size=${Number(values.heap)}`] : []),
    ...(values.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(values.profile)}`, `--cpu-prof-name=pipeline-${size}.cpuprofile`] : []),
  ];
  const outcome = await runChild<SizeResult>('run-size.ts', [corpus.dir], { timeoutMs: sizeTimeoutMs, nodeFlags });
  sizeResults.push(outcome.ok ? { size, result: outcome.value } : { size, failure: outcome.reason });
  log(outcome.ok ? `  total ${(outcome.value.totalMs / 1000).toFixed(2)} s${outcome.value.error ? ` FAILED: ${outcome.value.error.split('\n')[0]}` : ''}` : `  FAILED: ${outcome.reason}`);
}

if (!values['skip-peers']) {
  for (const { size, corpus } of corpora) {
    const peers = ['ours', ...(size <= ALL_PAIRS_MAX ? ['all-pairs'] : []), 'minhash'];
    log(`peers ${size} (${peers.join(', ')}) ...`);
    const timeoutMs = sizeTimeoutMs + peers.length * peerBudgetS * 1000;
    const outcome = await runChild<PeersResult>('run-peers.ts', [corpus.dir, String(peerBudgetS), peers.join(',')], { timeoutMs });
    peerResults.push(outcome.ok ? { size, result: outcome.value } : { size, failure: outcome.reason });
  }
}

if (!values['skip-seed']) {
  log(`seed digest x ${SEED_RUNS} ...`);
  seedTimes = await timeSeedDigest(SEED_RUNS);
}

const report: BenchReport = { machine, sizes: sizeResults, peers: peerResults, peerBudgetS, ...(seedTimes ? { seed: seedTimes } : {}) };
process.stdout.write(formatReport(report));
if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);

function parseSize(text: string): number {
  const size = Number(text.replace(/[_k]/gu, (c) => (c === 'k' ? '000' : '')));
  if (!Number.isInteger(size) || size < 1) throw new Error(`Cannot use --sizes ${text}: expected whole numbers of articles, like 1000,10000`);
  return size;
}
