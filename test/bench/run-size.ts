/**
 * Child process of the bench: one corpus size, the whole pipeline, so peak RSS is
 * this size's alone. Usage: node --import tsx test/bench/run-size.ts CORPUS_DIR RESULT_FILE
 * Writes a SizeResult as JSON to RESULT_FILE (stdout stays free for --cpu-prof and errors).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import packageJson from '../../package.json' with { type: 'json' };
import { groupStories } from '../../pipeline/dedupe/group-stories.js';
import { resolveOptions } from '../../pipeline/dedupe/resolve-options.js';
import { PREVIEW_EMAIL_SETTINGS } from '../../pipeline/deliver/email-settings-from-env.js';
import { runDigest, type StageTimings } from '../../pipeline/run.js';
import { BENCH_DATE } from './bench-date.js';
import { ARTICLES_DIR, MANIFEST_FILE, type CorpusManifest } from './generate-corpus.js';
import { measureFloor, type Floor } from './measure-floor.js';
import { quietReporter } from './quiet-reporter.js';
import { scoreFamilies, type FamilyScore } from './score-families.js';


/** What one size's child reports. */
export interface SizeResult {
  readonly size: number;
  readonly bytes: number;
  /** Wall time of runDigest, ms (stages plus lock, ledger and assembly). */
  readonly totalMs: number;
  readonly timings?: StageTimings;
  /** CPU time (user + system, all threads) of runDigest, ms. */
  readonly totalCpuMs: number;
  /** CPU time per stage as the reporter saw it (ingest, dedupe, actors, render), ms. */
  readonly stageCpuMs?: Readonly<Record<string, number>>;
  /** RSS when each stage finished, MB. */
  readonly stageRssMb?: Readonly<Record<string, number>>;
  /** os.loadavg()[0] before and after the run: other work on the machine inflates wall times. */
  readonly load: readonly [number, number];
  /** The faster of the two floor passes (before and after the pipeline). */
  readonly floor: Floor;
  readonly stats?: { inputs: number; articles: number; duplicates: number; rejected: number; actors: number };
  readonly score?: FamilyScore;
  readonly warnings: number;
  /**
   * Story grouping (part of dedupe) timed alone, on the articles the digest
   * kept: wall and CPU ms, stories, and how many articles share a story with
   * another. The generated corpus has no event covered twice, so every such
   * article is a merge of distinct stories.
   */
  readonly grouping?: { readonly ms: number; readonly cpuMs: number; readonly stories: number; readonly grouped: number };
  /** Length of each rendering, characters: a rendering that grows faster than the input shows here first. */
  readonly outputs?: { readonly markdown: number; readonly html: number; readonly text: number; readonly json: number };
  /** process.resourceUsage().maxRSS at the end, KB. */
  readonly maxRssKb: number;
  /** Set when the pipeline threw. */
  readonly error?: string;
}

const [corpusDir, resultFile] = process.argv.slice(2);
if (!corpusDir || !resultFile) throw new Error('Cannot run: expected CORPUS_DIR RESULT_FILE');
const manifest = JSON.parse(readFileSync(path.join(corpusDir, MANIFEST_FILE), 'utf8')) as CorpusManifest;
const outDir = mkdtempSync(path.join(os.tmpdir(), 'actor-digest-bench-out-'));
const articlesDir = path.join(corpusDir, ARTICLES_DIR);

const before = measureFloor(articlesDir);
// The stage under way goes to a side file, so a child killed by the out-of-memory handler still says where it was.
const reporter = quietReporter((stage) => writeFileSync(`${resultFile}.stage`, `${stage} (RSS ${Math.round(process.memoryUsage.rss() / 2 ** 20)} MB at its start)`));
const loadBefore = os.loadavg()[0] ?? 0;
const cpuStarted = process.cpuUsage();
const started = performance.now();
const cpuMs = () => {
  const used = process.cpuUsage(cpuStarted);
  return (used.user + used.system) / 1000;
};
let result: SizeResult;
try {
  const run = await runDigest({
    cwd: corpusDir,
    sources: [ARTICLES_DIR],
    outDir,
    date: BENCH_DATE,
    generator: `${packageJson.name}@${packageJson.version}`,
    userAgent: `${packageJson.name}/${packageJson.version} (bench)`,
    refresh: false,
    lockWaitMs: 0,
    fetch: {},
    dedupe: {},
    actors: {},
    render: {},
    email: { settings: PREVIEW_EMAIL_SETTINGS, force: false },
    reporter,
  });
  const totalMs = performance.now() - started;
  const totalCpuMs = cpuMs();
  if (run.kind !== 'digest') throw new Error(`the bench corpus gave no digest (${run.kind})`);
  const clusters = run.digest.articles.map((article) => [article.path, ...article.duplicates.map((duplicate) => duplicate.path)]);
  const grouping = timeGrouping(run.digest.articles);
  const after = measureFloor(articlesDir);
  result = {
    size: manifest.size,
    bytes: manifest.bytes,
    totalMs,
    timings: run.timings,
    totalCpuMs,
    stageCpuMs: reporter.stageCpuMs(),
    stageRssMb: reporter.stageRssMb(),
    load: [loadBefore, os.loadavg()[0] ?? 0],
    floor: after.ms < before.ms ? after : before,
    stats: run.digest.stats,
    score: scoreFamilies(clusters, manifest.families),
    grouping,
    warnings: reporter.warnings(),
    outputs: { markdown: run.rendered.markdown.length, html: run.rendered.html.length, text: run.rendered.text.length, json: run.rendered.json.length },
    maxRssKb: process.resourceUsage().maxRSS,
  };
} catch (error) {
  result = {
    size: manifest.size,
    bytes: manifest.bytes,
    totalMs: performance.now() - started,
    totalCpuMs: cpuMs(),
    load: [loadBefore, os.loadavg()[0] ?? 0],
    floor: before,
    warnings: reporter.warnings(),
    maxRssKb: process.resourceUsage().maxRSS,
    error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error),
  };
}
rmSync(outDir, { recursive: true, force: true });

/** Group the kept articles again, alone, as dedupe does inside its run, and time it. */
function timeGrouping(articles: readonly { readonly id: string; readonly title: string; readonly text: string; readonly published?: string }[]): NonNullable<SizeResult['grouping']> {
  const inputs = articles.map((a) => ({ title: a.title, text: a.text, fingerprint: a.id, ...(a.published !== undefined && { published: a.published }) }));
  const options = resolveOptions({ date: BENCH_DATE });
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const groups = groupStories(inputs, [], { date: options.date, windowDays: options.groupWindowDays });
  const ms = performance.now() - wall;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, stories: groups.length, grouped: groups.filter((g) => g.members.length > 1).reduce((n, g) => n + g.members.length, 0) };
}
writeFileSync(resultFile, JSON.stringify(result));
