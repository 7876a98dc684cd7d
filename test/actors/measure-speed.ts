/**
 * Rough speed of the actor stage (a script, not a test: no timing assertions
 * in the suite). Builds N stories by cycling the seeds and the eval articles
 * (dates varied so they are distinct), runs summariseActors once, and prints
 * wall time, CPU time and peak RSS. Run: npx tsx test/actors/measure-speed.ts 5000
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { summariseActors } from '../../pipeline/actors/index.js';
import { makeStories } from './make-stories.js';

const DIRS = ['../../seeds/', '../fixtures/actors/eval/'].map((d) => fileURLToPath(new URL(d, import.meta.url)));
const count = Number(process.argv[2] ?? 1000);
const base = DIRS.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(dir + f, 'utf8')));
const texts = Array.from({ length: count }, (_, i) => ({
  name: `a${i}`,
  text: (base[i % base.length] ?? '').replace(/\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, `on day ${i}`),
}));
const stories = makeStories(texts);
const megabytes = texts.reduce((sum, t) => sum + t.text.length, 0) / 1e6;
const wall = performance.now();
const cpu = process.cpuUsage();
const output = summariseActors(stories, [], {});
const ms = performance.now() - wall;
const used = process.cpuUsage(cpu);
console.log(
  `${count} articles, ${megabytes.toFixed(1)} MB: wall ${ms.toFixed(0)} ms, cpu ${((used.user + used.system) / 1000).toFixed(0)} ms, ` +
    `${((count / ms) * 1000).toFixed(0)} articles/s, peak rss ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB, ${output.actors.length} actors`,
);
