// Test helper: reliability tests append what they injected and what they saw
// to a JSON-lines file named by RELIABILITY_REPORT (set by report.ts), so the
// report can print one table for the whole suite. Without the variable
// (plain `npm test`) nothing is written.
import { appendFileSync } from 'node:fs';

/** Environment variable naming the JSON-lines file the counts go to. */
export const REPORT_ENV = 'RELIABILITY_REPORT';

/** What one test contributes to the report. Every count defaults to 0. */
export interface CountRecord {
  /** Which kind of trial ("sigkill during a run", "fuzzed ingest: random bytes"). */
  readonly kind: string;
  /** How many times it was tried. */
  readonly trials: number;
  /** Faults injected (kills, full disks, corrupt files, unwritable folders, bad configs). */
  readonly faults?: number;
  /** Inputs generated and fed to a parser. */
  readonly fuzzed?: number;
  /** A process or a promise that died with an uncaught error. */
  readonly crashes?: number;
  /** An input or a run that did not finish within its bound. */
  readonly hangs?: number;
  /** A file left neither old nor complete-new, or a temporary file under an output name. */
  readonly torn?: number;
  /** A digest that a rerun did not reproduce, or an existing file a failed run changed. */
  readonly lost?: number;
  /** Messages delivered to a recipient more than once. */
  readonly duplicateSends?: number;
  /** Other broken promises (a control character in a title, a rejection without a reason). */
  readonly violations?: number;
  /** Anything that escaped its place (markup, header, path, a fetch that should be blocked). */
  readonly escapes?: number;
}

/**
 * One attack of the "hostile world" section: what a careless user or an attacker
 * tried from outside the CLI, and what it cost. `held` is 1 when nothing below
 * happened and the run behaved as documented (a clear message, the right exit code).
 */
export interface HostileRecord {
  /** Always "hostile": keeps these rows apart from the fault-injection rows. */
  readonly section: 'hostile';
  /** The attack, in a few words ("symlink to /etc/shadow inside an input folder"). */
  readonly kind: string;
  /** Attempts made (one per variant tried). */
  readonly tried: number;
  /** Attempts that held. */
  readonly held: number;
  /** Digests, inputs or records lost (an input another input's failure dropped, a sent record not written). */
  readonly lost?: number;
  /** Secrets, recipients' addresses, local paths or files outside the inputs that reached an output or a log. */
  readonly leaked?: number;
  /** Messages a recipient received more than once. */
  readonly duplicateSends?: number;
  /** Files the tool did not write that it overwrote or deleted. */
  readonly overwritten?: number;
}

/** Append one hostile-world record; see `recordCounts`. */
export function recordHostile(record: Omit<HostileRecord, 'section'>): void {
  const file = process.env[REPORT_ENV];
  if (!file) return;
  appendFileSync(file, JSON.stringify({ section: 'hostile', ...record }) + '\n');
}

/** Append one record (one line of JSON); O_APPEND keeps lines from parallel workers whole. */
export function recordCounts(record: CountRecord): void {
  const file = process.env[REPORT_ENV];
  if (!file) return;
  appendFileSync(file, JSON.stringify(record) + '\n');
}
