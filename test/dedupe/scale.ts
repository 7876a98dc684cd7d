// Times dedupe on generated corpora with planted near-duplicate families.
// Run: node --max-old-space-size=6144 --import tsx test/dedupe/scale.ts [sizes=1000,10000,100000]
import os from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { dedupe } from '../../pipeline/dedupe/index.js';
import { makeBenchCorpus } from '../fixtures/dedupe/make-bench-corpus.js';

let gcMs = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcMs += entry.duration;
}).observe({ entryTypes: ['gc'] });

const sizes = (process.argv[2] ?? '1000,10000,100000').split(',').map(Number);
console.log(`machine: ${os.cpus().length} x ${os.cpus()[0]?.model}, node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)} (other work on the machine inflates wall time; CPU time is this process's own)\n`);
console.log('| articles | MB | dedupe wall s | dedupe CPU s | of which GC s | articles/s (CPU) | MB/s (CPU) | stories | claims | planted pairs recall | precision |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
let previous: { size: number; ms: number; cpuMs: number } | undefined;
for (const size of sizes) {
  const corpus = makeBenchCorpus(size);
  const articles = corpus.map((entry) => entry.article);
  const megabytes = articles.reduce((sum, article) => sum + article.text.length, 0) / 1e6;
  if (previous === undefined) dedupe(articles.slice(0, 200), { version: 1, entries: [] }, { date: '2026-11-01' }); // warm the JIT
  await new Promise((resolve) => setImmediate(resolve));
  const gcBefore = gcMs;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const output = dedupe(articles, { version: 1, entries: [] }, { date: '2026-11-01' });
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  await new Promise((resolve) => setImmediate(resolve)); // GC entries arrive on the event loop
  const gcSpent = gcMs - gcBefore;

  // Pairwise against the planted families: positives are (member, its family's first article).
  const familyOf = new Map(corpus.map((entry) => [entry.article.path, entry.family]));
  const storyOf = new Map<string, number>();
  for (const story of output.stories) for (const p of [story.article.path, ...story.duplicates.map((d) => d.path)]) storyOf.set(p, story.ref);
  let truePositives = 0;
  let planted = 0;
  for (const entry of corpus) {
    if (entry.family === entry.article.path) continue;
    planted++;
    if (storyOf.get(entry.article.path) === storyOf.get(entry.family)) truePositives++;
  }
  let wrong = 0;
  for (const story of output.stories) {
    const families = new Set([story.article.path, ...story.duplicates.map((d) => d.path)].map((p) => familyOf.get(p)));
    wrong += families.size - 1;
  }
  const rate = (value: number): string => value.toFixed(0);
  console.log(
    `| ${size} | ${megabytes.toFixed(1)} | ${(ms / 1000).toFixed(2)} | ${(cpuMs / 1000).toFixed(2)} | ${(gcSpent / 1000).toFixed(2)} | ${rate(size / (cpuMs / 1000))} | ${(megabytes / (cpuMs / 1000)).toFixed(1)} | ${output.stories.length} | ${output.claims.length} | ${(truePositives / planted).toFixed(4)} | ${wrong === 0 ? '1.0000' : `${wrong} wrong merges`} |`,
  );
  if (previous !== undefined) console.log(`  x${size / previous.size} articles -> x${(ms / previous.ms).toFixed(2)} wall time, x${(cpuMs / previous.cpuMs).toFixed(2)} CPU time`);
  previous = { size, ms, cpuMs };
}
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
