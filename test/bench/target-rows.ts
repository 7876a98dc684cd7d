import type { SizeResult } from './run-size.js';
import type { ColdTimes } from './time-seed-digest.js';
import { count, ratio, seconds } from './format-figures.js';

/** The performance targets: end to end, memory, distance to the floor, scaling, answers, seed run (cold, compiled). */
const TARGET = { endToEndS: 60, endToEndSize: 100_000, rssGb: 1.5, floorRatio: 5, exponent: 1.1, seedS: 1.0 } as const;

/** One row per performance target: what it asks, what was measured, whether it is met. */
export function targetRows(ok: readonly SizeResult[], seed: readonly ColdTimes[] | undefined, ran: readonly (SizeResult | { size: number; failure: string | undefined })[]): string[][] {
  const verdict = (met: boolean | undefined) => (met === undefined ? 'not measured' : met ? 'yes' : 'NO');
  const largest = ok.find((r) => r.size === TARGET.endToEndSize);
  const failed = ran.find((r): r is { size: number; failure: string | undefined } => r.size === TARGET.endToEndSize && 'failure' in r);
  if (failed) {
    return [
      [`${count(TARGET.endToEndSize)} articles end to end <= ${TARGET.endToEndS} s`, `did not finish: ${failed.failure ?? 'no result'}`, 'NO'],
      ...targetRows(ok, seed, []).slice(1),
    ];
  }
  const rss = Math.max(...ok.map((r) => r.maxRssKb * 1024));
  const worstFloor = Math.max(...ok.map((r) => r.totalMs / r.floor.ms));
  const from = ok.find((r) => r.size === TARGET.endToEndSize / 10);
  const exponent = largest && from ? Math.log10(largest.totalMs / from.totalMs) : undefined;
  const base = ok.find((r) => r.size === 1000);
  const answers = base ? ok.filter((r) => r !== base).map((r) => `${count(r.size)}: ${ratio(r.score?.recall)}/${ratio(r.score?.precision)}`) : [];
  const unchanged = base && ok.length > 1 ? ok.every((r) => r.score?.recall === base.score?.recall && r.score?.precision === base.score?.precision) : undefined;
  const npmSeed = seed?.[0];
  return [
    [`${count(TARGET.endToEndSize)} articles end to end <= ${TARGET.endToEndS} s`, largest ? `${seconds(largest.totalMs)} s wall, ${seconds(largest.totalCpuMs)} s CPU` : '-', verdict(largest && largest.totalMs <= TARGET.endToEndS * 1000)],
    [`peak RSS <= ${TARGET.rssGb} GB`, ok.length > 0 ? `${(rss / 1e9).toFixed(2)} GB` : '-', verdict(ok.length > 0 ? rss <= TARGET.rssGb * 1e9 : undefined)],
    [`total <= ${TARGET.floorRatio}x floor (every size)`, ok.length > 0 ? `worst ${worstFloor.toFixed(1)}x` : '-', verdict(ok.length > 0 ? worstFloor <= TARGET.floorRatio : undefined)],
    [`exponent 10k -> 100k <= ${TARGET.exponent}`, exponent === undefined ? '-' : exponent.toFixed(2), verdict(exponent === undefined ? undefined : exponent <= TARGET.exponent)],
    ['recall/precision unchanged from 1k', base ? `1,000: ${ratio(base.score?.recall)}/${ratio(base.score?.precision)}${answers.length ? `; ${answers.join('; ')}` : ''}` : '-', verdict(unchanged)],
    [`seed digest cold <= ${TARGET.seedS} s (npm run digest, median)`, npmSeed ? `${seconds(npmSeed.median)} s` : '-', verdict(npmSeed ? npmSeed.median <= TARGET.seedS * 1000 : undefined)],
  ];
}

