import type { RunScore, Tally } from './score-run.js';

/** One figure of the report, its bar (issues 13 and 14) and whether it holds. */
export interface Figure {
  readonly key: keyof RunScore;
  readonly label: string;
  /** A rate (hit/total) or, for must-be-zero figures, the count of bad items. */
  readonly value: number | null;
  readonly hit: number;
  readonly total: number;
  readonly bar: string;
  readonly ok: boolean | null;
}

/** How each figure reads and the bar it must meet; `null` bars are reported without one. */
const FIGURES: readonly { readonly key: keyof RunScore; readonly label: string; readonly kind: 'rate' | 'zero'; readonly bar: number | null }[] = [
  { key: 'affiliationPrecision', label: 'affiliation precision', kind: 'rate', bar: 0.95 },
  { key: 'affiliationRecall', label: 'affiliation recall', kind: 'rate', bar: 0.85 },
  { key: 'keyPoints', label: 'key points under the right actor', kind: 'rate', bar: 0.7 },
  { key: 'pointsAlone', label: 'points that stand alone', kind: 'rate', bar: 0.9 },
  { key: 'mainEntities', label: 'BASIL main entities found', kind: 'rate', bar: 0.8 },
  { key: 'forbiddenActors', label: 'actors named by a fragment or forbidden name', kind: 'zero', bar: 0 },
  { key: 'splitEntities', label: 'entities split in two', kind: 'zero', bar: 0 },
  { key: 'requiredActors', label: 'required actors present', kind: 'rate', bar: null },
  { key: 'groupingPrecision', label: 'story grouping pairwise precision', kind: 'rate', bar: 0.95 },
  { key: 'groupingRecall', label: 'story grouping pairwise recall', kind: 'rate', bar: 0.9 },
  { key: 'mergedStories', label: 'stories merging distinct events', kind: 'zero', bar: 0 },
  { key: 'missingArticles', label: 'articles missing from the digest', kind: 'zero', bar: null },
];

/** The figures of a score, each with its bar. A rate with nothing to count is `null` (and grouping without stories is 0). */
export function figuresOf(score: RunScore): Figure[] {
  return FIGURES.map(({ key, label, kind, bar }) => {
    const tally: Tally = score[key];
    if (kind === 'zero') return { key, label, value: tally.hit, hit: tally.hit, total: tally.total, bar: bar === null ? '' : '= 0', ok: bar === null ? null : tally.hit === 0 };
    const value = tally.total === 0 ? (key === 'groupingPrecision' && score.groupingRecall.total > 0 ? 0 : null) : tally.hit / tally.total;
    return { key, label, value, hit: tally.hit, total: tally.total, bar: bar === null ? '' : `>= ${bar}`, ok: bar === null || value === null ? null : value >= bar };
  });
}

/** The text report: one table per part, then (with `verbose`) every mistake behind each figure. */
export function formatReport(parts: readonly { readonly title: string; readonly score: RunScore; readonly listMistakes?: boolean }[], verbose: boolean): string {
  const lines: string[] = [];
  for (const { title, score, listMistakes = true } of parts) {
    lines.push(title, '');
    const figures = figuresOf(score);
    const width = Math.max(...figures.map((figure) => figure.label.length));
    for (const figure of figures) {
      const value = figure.value === null ? 'n/a' : Number.isInteger(figure.value) && figure.bar !== '' && !figure.bar.startsWith('>') ? String(figure.value) : figure.value.toFixed(3);
      const counts = figure.bar.startsWith('=') || figure.key === 'missingArticles' ? `(${figure.hit} of ${figure.total})` : `(${figure.hit}/${figure.total})`;
      const verdict = figure.ok === null ? '' : figure.ok ? 'pass' : 'FAIL';
      lines.push(`  ${figure.label.padEnd(width)}  ${value.padStart(6)}  ${figure.bar.padEnd(7)}  ${verdict.padEnd(4)}  ${counts}`);
    }
    lines.push('');
    if (verbose && listMistakes) {
      for (const figure of figures) {
        const mistakes = score[figure.key].mistakes;
        if (mistakes.length === 0) continue;
        lines.push(`  ${figure.label}: ${mistakes.length} mistake${mistakes.length === 1 ? '' : 's'}`);
        for (const mistake of mistakes) lines.push(`    - ${mistake}`);
        lines.push('');
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
