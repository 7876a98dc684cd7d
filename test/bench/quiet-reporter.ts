import type { Reporter } from '../../pipeline/reporter.js';

/** A quiet reporter's tallies. */
export interface QuietReporter extends Reporter {
  /** Warnings seen (one per rejected input, among others). */
  readonly warnings: () => number;
  /**
   * CPU time (user + system, all threads of the process) between each stage's
   * start and its done(), ms. Wall time on a shared machine counts other
   * processes' work; CPU time does not, so both are reported.
   */
  readonly stageCpuMs: () => Readonly<Record<string, number>>;
  /** Resident set size when each stage finished, MB: shows which stage holds the memory. */
  readonly stageRssMb: () => Readonly<Record<string, number>>;
}

/** A reporter that prints nothing, counts warnings, times each stage's CPU use and calls `onStage` as a stage starts. */
export function quietReporter(onStage: (name: string) => void = () => undefined): QuietReporter {
  let warnings = 0;
  const cpu: Record<string, number> = {};
  const rss: Record<string, number> = {};
  return {
    stage: (name) => {
      onStage(name);
      const started = process.cpuUsage();
      return {
        progress: () => undefined,
        done: () => {
          const used = process.cpuUsage(started);
          cpu[name] = (cpu[name] ?? 0) + (used.user + used.system) / 1000;
          rss[name] = Math.round(process.memoryUsage.rss() / 2 ** 20);
        },
      };
    },
    warn: () => {
      warnings += 1;
    },
    info: () => undefined,
    error: () => undefined,
    warnings: () => warnings,
    stageCpuMs: () => ({ ...cpu }),
    stageRssMb: () => ({ ...rss }),
  };
}
