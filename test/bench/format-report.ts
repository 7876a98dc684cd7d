import type { PeersResult } from './run-peers.js';
import type { SizeResult } from './run-size.js';
import type { ColdTimes } from './time-seed-digest.js';
import { count, ratio, seconds } from './format-figures.js';
import { formatTable } from './format-table.js';
import { targetRows } from './target-rows.js';

/** Everything one bench run measured. */
export interface BenchReport {
  readonly machine: string;
  readonly sizes: readonly { readonly size: number; readonly result?: SizeResult; readonly failure?: string }[];
  readonly peers: readonly { readonly size: number; readonly result?: PeersResult; readonly failure?: string }[];
  readonly peerBudgetS: number;
  readonly seed?: readonly ColdTimes[];
}

const MB = 1e6;
const STAGES = ['ingest', 'dedupe', 'actors', 'render', 'write', 'email'] as const;

/** The bench's printed report: pipeline per size, duplicates, scaling, peers, seed digest. */
export function formatReport(report: BenchReport): string {
  const sections = [`Machine: ${report.machine}`];
  const ran: (SizeResult | { size: number; failure: string | undefined })[] = report.sizes.map(({ size, result, failure }) =>
    result && !result.error ? result : { size, failure: failure ?? result?.error?.split('\n')[0] },
  );
  const ok = ran.filter((r): r is SizeResult => 'totalMs' in r);

  sections.push(
    titled('Pipeline, wall time per stage (s), whole run in a child process per size; grouping is part of dedupe, timed alone', formatTable(
      ['articles', 'MB', 'ingest', 'dedupe', 'grouping', ...STAGES.slice(2), 'total', 'art/s', 'MB/s', 'peak RSS', 'floor', 'total/floor', 'load'],
      ran.map((r) =>
        'totalMs' in r
          ? [
              count(r.size),
              (r.bytes / MB).toFixed(1),
              ...STAGES.slice(0, 2).map((stage) => seconds(r.timings?.[stage])),
              seconds(r.grouping?.ms),
              ...STAGES.slice(2).map((stage) => seconds(r.timings?.[stage])),
              seconds(r.totalMs),
              count(Math.round(r.size / (r.totalMs / 1000))),
              (r.bytes / MB / (r.totalMs / 1000)).toFixed(2),
              `${Math.round(r.maxRssKb / 1024)} MB`,
              seconds(r.floor.ms),
              `${(r.totalMs / r.floor.ms).toFixed(1)}x`,
              `${r.load[0].toFixed(1)}-${r.load[1].toFixed(1)}`,
            ]
          : [count(r.size), `FAILED: ${r.failure ?? 'no result'}`],
      ),
    )),
    titled('Pipeline, CPU time per stage (s; user+system of all threads, unaffected by other processes)', formatTable(
      ['articles', 'ingest', 'dedupe', 'actors', 'render', 'total', 'floor', 'total/floor'],
      ok.map((r) => [
        count(r.size),
        ...['ingest', 'dedupe', 'actors', 'render'].map((stage) => seconds(r.stageCpuMs?.[stage])),
        seconds(r.totalCpuMs),
        seconds(r.floor.cpuMs),
        `${(r.totalCpuMs / r.floor.cpuMs).toFixed(1)}x`,
      ]),
    )),
    titled('Resident memory when each stage finished (MB), and peak', formatTable(
      ['articles', 'ingest', 'dedupe', 'actors', 'render', 'email', 'peak'],
      ok.map((r) => [
        count(r.size),
        ...['ingest', 'dedupe', 'actors', 'render', 'email'].map((stage) => count(r.stageRssMb?.[stage])),
        count(Math.round(r.maxRssKb / 1024)),
      ]),
    )),
    titled('Planted near-duplicates, pairwise (from the digest: articles[].duplicates)', formatTable(
      ['articles', 'stories', 'duplicates', 'planted pairs', 'found pairs', 'recall', 'precision', 'copy', 'furniture', 'edit', 'truncate'],
      ok.map((r) => [
        count(r.size),
        count(r.stats?.articles),
        count(r.stats?.duplicates),
        count(r.score?.truePairs),
        count(r.score?.predictedPairs),
        ratio(r.score?.recall),
        ratio(r.score?.precision),
        ...(['copy', 'furniture', 'edit', 'truncate'] as const).map((kind) => {
          const tally = r.score?.byKind[kind];
          return tally ? `${tally.found}/${tally.planted}` : '-';
        }),
      ]),
    )),
    titled('Story grouping (inside dedupe), timed alone on the kept articles; CPU, which other processes do not inflate. The corpus covers no event twice, so grouped articles are merges', formatTable(
      ['articles', 'kept', 'stories', 'grouped', 'grouping wall', 'grouping CPU', 'dedupe CPU', 'rest of dedupe CPU', 'grouping/rest'],
      ok.map((r) => {
        const dedupeCpu = r.stageCpuMs?.['dedupe'];
        const rest = r.grouping && dedupeCpu !== undefined ? dedupeCpu - r.grouping.cpuMs : undefined;
        return [
          count(r.size),
          count(r.stats?.articles),
          count(r.grouping?.stories),
          count(r.grouping?.grouped),
          seconds(r.grouping?.ms),
          seconds(r.grouping?.cpuMs),
          seconds(dedupeCpu),
          seconds(rest),
          r.grouping && rest ? `${(r.grouping.cpuMs / rest).toFixed(2)}x` : '-',
        ];
      }),
    )),
  );

  const scaling = ok.slice(1).map((r, i) => {
    const previous = ok[i]!;
    const span = Math.log10(r.size / previous.size);
    return [
      `${count(previous.size)} -> ${count(r.size)}`,
      (Math.log10(r.totalMs / previous.totalMs) / span).toFixed(2),
      (Math.log10(r.totalCpuMs / previous.totalCpuMs) / span).toFixed(2),
      (Math.log10((r.timings?.dedupe ?? NaN) / (previous.timings?.dedupe ?? NaN)) / span).toFixed(2),
    ];
  });
  if (scaling.length > 0) {
    sections.push(titled('Scaling exponent, log(t2/t1) / log(n2/n1) (1.0 is linear)', formatTable(['sizes', 'wall', 'cpu', 'dedupe wall'], scaling)));
  }

  if (report.peers.length > 0) {
    sections.push(
      titled(`Near-duplicate stage side by side (same ingested articles, one process; peers time-boxed at ${report.peerBudgetS} s)`, formatTable(
        ['articles', 'method', 'time', 'recall', 'precision', 'note'],
        report.peers.flatMap(({ size, result, failure }) =>
          result
            ? result.peers.map((peer) => [
                count(size),
                PEER_NAMES[peer.peer] ?? peer.peer,
                peer.done ? seconds(peer.ms) : '-',
                ratio(peer.score?.recall),
                ratio(peer.score?.precision),
                peer.done ? '' : `did not finish in ${report.peerBudgetS} s (${(peer.progress * 100).toFixed(1)} % done; projected >= ${seconds(peer.ms / peer.progress)} s)`,
              ])
            : [[count(size), 'all', '-', '-', '-', `FAILED: ${failure ?? ''}`]],
        ),
      )),
    );
  }

  if (report.seed) {
    sections.push(
      titled('Seed digest, cold (new process each run, start-up included), s', formatTable(
        ['command', 'min', 'median', 'runs'],
        report.seed.map((times) => [times.command, seconds(times.min), seconds(times.median), times.runs.map((ms) => seconds(ms)).join(' ')]),
      )),
    );
  }
  sections.push(titled('Targets', formatTable(['target', 'measured', 'met'], targetRows(ok, report.seed, ran))));
  return `${sections.join('\n\n')}\n`;
}

const PEER_NAMES: Record<string, string> = {
  ours: 'ours: dedupe()',
  'all-pairs': 'all-pairs Jaccard, 5-shingles',
  minhash: 'npm minhash 0.0.9 LshIndex',
};

function titled(title: string, table: string): string {
  return `${title}\n${table}`;
}
