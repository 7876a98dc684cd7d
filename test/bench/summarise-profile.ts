/**
 * Read a V8 .cpuprofile (node --cpu-prof) and print where the time went, per stage.
 * Usage: node --import tsx test/bench/summarise-profile.ts FILE.cpuprofile [TOP]
 *
 * Each sample is charged to the nearest frame of our own code on its stack (the
 * pipeline function that called into a library keeps the library's time), and
 * that frame's folder under pipeline/ names the stage. Also lists the leaf
 * functions (self time) per stage, which shows what inside a library is slow.
 */
import { readFileSync } from 'node:fs';
import { formatTable } from './format-table.js';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Our source files: pipeline/<stage>/.../<file>.ts (stage folder captured) or pipeline/<file>.ts. */
const OURS = /\/pipeline\/(?:([\w-]+)\/)?(?:[\w.-]+\/)*([\w.-]+\.ts)/u;

const [file, topArg] = process.argv.slice(2);
if (!file) throw new Error('Cannot summarise: expected a .cpuprofile path');
const top = Number(topArg ?? 8);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

const label = (node: ProfileNode) => {
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url.match(/\/pipeline\/(.+)$/u)?.[1] ?? url.match(/node_modules\/(.+)$/u)?.[1] ?? (url.replace(/^.*\//u, '') || '(native)');
  // tsx's transformed modules report line 0 for every function: the line is only worth printing when known.
  return `${functionName || '(anonymous)'} ${where}${lineNumber > 0 ? `:${lineNumber + 1}` : ''}`;
};

const stageTime = new Map<string, number>();
const ownerTime = new Map<string, Map<string, number>>();
const leafTime = new Map<string, Map<string, number>>();
const add = (table: Map<string, Map<string, number>>, stage: string, key: string, ms: number) => {
  const inner = table.get(stage) ?? new Map<string, number>();
  inner.set(key, (inner.get(key) ?? 0) + ms);
  table.set(stage, inner);
};
let total = 0;
profile.samples.forEach((id, i) => {
  const ms = (profile.timeDeltas[i] ?? 0) / 1000;
  total += ms;
  const leaf = byId.get(id);
  if (!leaf) return;
  let owner: ProfileNode | undefined = leaf;
  while (owner && !OURS.test(owner.callFrame.url)) owner = byId.get(parent.get(owner.id) ?? -1);
  const stage = owner ? (owner.callFrame.url.match(OURS)?.[1] ?? 'run/cli') : leaf.callFrame.functionName.startsWith('(') ? leaf.callFrame.functionName : 'outside pipeline';
  stageTime.set(stage, (stageTime.get(stage) ?? 0) + ms);
  if (owner) add(ownerTime, stage, label(owner), ms);
  add(leafTime, stage, label(leaf), ms);
});

const pct = (ms: number) => `${((ms / total) * 100).toFixed(1)}%`;
const lines = [`${file}: ${(total / 1000).toFixed(2)} s sampled`, ''];
lines.push(formatTable(['stage', 's', 'share'], [...stageTime].sort((a, b) => b[1] - a[1]).map(([stage, ms]) => [stage, (ms / 1000).toFixed(2), pct(ms)])));
for (const [stage] of [...stageTime].sort((a, b) => b[1] - a[1])) {
  const rows = (table: Map<string, Map<string, number>>) =>
    [...(table.get(stage) ?? new Map<string, number>())]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => [name, (ms / 1000).toFixed(2), pct(ms)]);
  lines.push('', `== ${stage}`);
  if (ownerTime.has(stage)) lines.push(formatTable(['our function (with the library calls under it)', 's', 'share'], rows(ownerTime)), '');
  lines.push(formatTable(['leaf function (self time)', 's', 'share'], rows(leafTime)));
}
process.stdout.write(`${lines.join('\n')}\n`);
