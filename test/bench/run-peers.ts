/**
 * Child process of the bench: the near-duplicate stage side by side with its
 * peers, on the same ingested articles in one process. Usage:
 *   node --import tsx test/bench/run-peers.ts CORPUS_DIR RESULT_FILE BUDGET_S PEERS
 * PEERS is a comma list of ours, all-pairs, minhash. Each peer stops at its
 * deadline (BUDGET_S after it starts) and says how far it got.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import packageJson from '../../package.json' with { type: 'json' };
import { dedupe } from '../../pipeline/dedupe/index.js';
import { DEFAULT_CONTAINMENT, DEFAULT_SIMILARITY } from '../../pipeline/dedupe/resolve-options.js';
import { ingest } from '../../pipeline/ingest/index.js';
import type { Article } from '../../pipeline/types.js';
import { allPairsJaccard, type PeerPairs } from './all-pairs-jaccard.js';
import { clusterPairs } from './cluster-pairs.js';
import { ARTICLES_DIR, MANIFEST_FILE, type CorpusManifest } from './generate-corpus.js';
import { minhashLsh } from './minhash-lsh.js';
import { BENCH_DATE } from './bench-date.js';
import { scoreFamilies, type FamilyScore } from './score-families.js';
import { shingleSet } from './shingle-words.js';

/** One peer's outcome on one size. */
export interface PeerResult {
  readonly peer: string;
  readonly ms: number;
  readonly done: boolean;
  /** Share of the work done when the deadline stopped it. */
  readonly progress: number;
  /** Only when done. */
  readonly score?: FamilyScore;
}

/** What the peers child reports. */
export interface PeersResult {
  readonly size: number;
  readonly articles: number;
  readonly ingestMs: number;
  readonly peers: readonly PeerResult[];
}

const [corpusDir, resultFile, budgetArg, peerArg] = process.argv.slice(2);
if (!corpusDir || !resultFile || !budgetArg || !peerArg) throw new Error('Cannot run: expected CORPUS_DIR RESULT_FILE BUDGET_S PEERS');
const budgetMs = Number(budgetArg) * 1000;
const manifest = JSON.parse(readFileSync(path.join(corpusDir, MANIFEST_FILE), 'utf8')) as CorpusManifest;

const ingestStarted = performance.now();
const { articles } = await ingest([ARTICLES_DIR], { cwd: corpusDir, userAgent: `${packageJson.name}/${packageJson.version} (bench)` });
const ingestMs = performance.now() - ingestStarted;

const runs: Record<string, () => PeerResult> = {
  ours: () => {
    const started = performance.now();
    const output = dedupe(articles, { version: 1, entries: [] }, { date: BENCH_DATE });
    const ms = performance.now() - started;
    const clusters = output.stories.map((story) => [story.article.path, ...story.duplicates.map((duplicate) => duplicate.path)]);
    return { peer: 'ours', ms, done: true, progress: 1, score: scoreFamilies(clusters, manifest.families) };
  },
  'all-pairs': () =>
    timeBoxed('all-pairs', (deadline) => allPairsJaccard(articles.map((article) => shingleSet(article.text)), DEFAULT_SIMILARITY, DEFAULT_CONTAINMENT, deadline)),
  minhash: () => timeBoxed('minhash', (deadline) => minhashLsh(articles.map((article) => article.text), DEFAULT_SIMILARITY, deadline)),
};

const peers: PeerResult[] = [];
for (const name of peerArg.split(',')) {
  const run = runs[name];
  if (!run) throw new Error(`Cannot run peer ${name}: expected one of ${Object.keys(runs).join(', ')}`);
  peers.push(run());
}
writeFileSync(resultFile, JSON.stringify({ size: manifest.size, articles: articles.length, ingestMs, peers } satisfies PeersResult));

function timeBoxed(peer: string, work: (deadline: number) => PeerPairs): PeerResult {
  const started = performance.now();
  const outcome = work(started + budgetMs);
  const ms = performance.now() - started;
  if (!outcome.done) return { peer, ms, done: false, progress: outcome.progress };
  return { peer, ms, done: true, progress: 1, score: scoreFamilies(toClusters(articles, outcome.pairs), manifest.families) };
}

function toClusters(list: readonly Article[], pairs: readonly (readonly [number, number])[]): string[][] {
  return clusterPairs(list.length, pairs).map((members) => members.map((i) => list[i]!.path));
}
