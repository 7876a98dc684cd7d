// `npm run test:reliability`: run the reliability tests (and the lock
// tests, which cover "one run at a time"), then print one table of what was
// injected and what broke, from the counts the tests append to a JSON-lines
// file named by RELIABILITY_REPORT. Exits non-zero when a test failed or a
// must-be-zero column is not zero.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { $ } from 'zx';
import { REPORT_ENV, type CountRecord } from './record-counts.js';

/** Columns that must be zero for the pipeline to pass. */
const MUST_BE_ZERO = ['crashes', 'hangs', 'torn', 'lost', 'duplicateSends'] as const;
/** Every numeric column, in print order, with its heading. */
const COLUMNS = [
  ['trials', 'trials'],
  ['faults', 'faults injected'],
  ['fuzzed', 'inputs fuzzed'],
  ['crashes', 'crashes'],
  ['hangs', 'hangs'],
  ['torn', 'torn files'],
  ['lost', 'lost digests'],
  ['duplicateSends', 'duplicate sends'],
  ['escapes', 'escapes'],
  ['violations', 'other violations'],
] as const satisfies readonly (readonly [keyof CountRecord, string])[];
const LOCK_TESTS = 'test/deliver/lock.test.ts';

// A fresh folder per run, so counts never add up across runs.
const work = mkdtempSync(path.join(tmpdir(), 'reliability-'));
const countsFile = path.join(work, 'counts.jsonl');
const vitestJson = path.join(work, 'vitest.json');
const extra = process.argv.slice(2);

const vitest = await $({ nothrow: true, stdio: 'inherit', env: { ...process.env, [REPORT_ENV]: countsFile } })`npx vitest run --config test/vitest.config.ts test/reliability ${LOCK_TESTS} --testTimeout 120000 --hookTimeout 120000 --reporter=default --reporter=json --outputFile=${vitestJson} ${extra}`;

const records = readLines<CountRecord>(countsFile);
const rows = records.map((record) => [record.kind, ...COLUMNS.map(([key]) => Number(record[key] ?? 0))] as const);

// The lock tests record nothing themselves: count their cases from vitest's JSON report.
const report = readJson<{ testResults: { name: string; assertionResults: { status: string }[] }[] }>(vitestJson);
const lockCases = report?.testResults.find((file) => file.name.endsWith(LOCK_TESTS))?.assertionResults ?? [];
const lockFailed = lockCases.filter((test) => test.status === 'failed').length;

const totals = COLUMNS.map((_, i) => rows.reduce((sum, row) => sum + (row[i + 1] as number), 0));
const header = ['kind', ...COLUMNS.map(([, heading]) => heading)];
const body = [
  ...rows.map((row) => row.map(String)),
  ['one run at a time: second run, wait, stale-lock takeover (' + LOCK_TESTS + ')', String(lockCases.length), String(lockCases.length), '0', '-', '-', '-', '-', '-', '-', String(lockFailed)],
  ['TOTAL', ...totals.map(String)],
];
printTable([header, ...body]);

const failing = MUST_BE_ZERO.filter((key) => totals[COLUMNS.findIndex(([k]) => k === key)] !== 0);
console.log(
  `\nMust be zero: ${MUST_BE_ZERO.map((key) => `${COLUMNS.find(([k]) => k === key)![1]} ${totals[COLUMNS.findIndex(([k]) => k === key)]}`).join(', ')}` +
    ` -> ${failing.length === 0 && vitest.exitCode === 0 ? 'OK' : 'NOT OK'}${vitest.exitCode === 0 ? '' : ' (some reliability tests failed: see above)'}`,
);
process.exitCode = failing.length === 0 && vitest.exitCode === 0 ? 0 : 1;

function readLines<T>(file: string): T[] {
  try {
    return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as T);
  } catch {
    return [];
  }
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** A GitHub-style Markdown table, so the report pastes into a note as it is. */
function printTable(table: readonly (readonly string[])[]): void {
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]) => `| ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(' | ')} |`;
  console.log(`\nReliability report\n\n${line(table[0]!)}\n| ${widths.map((width, column) => (column === 0 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`);
  for (const row of table.slice(1)) console.log(line(row));
}
