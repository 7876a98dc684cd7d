import type { RunScore, Tally } from './score-run.js';

/** Adds run scores figure by figure (micro-average: counts add up, then divide); mistakes are kept with a run label. */
export function sumScores(scores: readonly { readonly run: string; readonly score: RunScore }[]): RunScore {
  const sum = {} as Record<keyof RunScore, Tally>;
  for (const { run, score } of scores) {
    for (const key of Object.keys(score) as (keyof RunScore)[]) {
      const tally = (sum[key] ??= { hit: 0, total: 0, mistakes: [] });
      tally.hit += score[key].hit;
      tally.total += score[key].total;
      tally.mistakes.push(...score[key].mistakes.map((mistake) => `[${run}] ${mistake}`));
    }
  }
  return sum as RunScore;
}
