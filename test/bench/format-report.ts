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
    titled('Pipeline, wall time per stage (s), whole run in a child process per size', formatTable(
      ['articles', 'MB', ...STAGES, 'total', 'art/s', 'MB/s', 'peak RSS', 'floor', 'total/floor', 'load'],
      ran.map((r) =>
        'totalMs' in r
          ? [
              count(r.size),
              (r.bytes / MB).toFixed(1),
              ...STAGES.map((stage) => seconds(r.timings?.[stage])),
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
