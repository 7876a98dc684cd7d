// `npm run test:reliability`: run the reliability tests (and the lock
// tests, which cover "one run at a time"), then print two tables from the
// counts the tests append to a JSON-lines file named by RELIABILITY_REPORT:
// what was injected and what broke, and the "hostile world" (attacks from
// outside the CLI: test/reliability/hostile-world-*.test.ts, rows with
// `section: 'hostile'`). Exits non-zero when a test failed or a must-be-zero
// column of either table is not zero.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { $ } from 'zx';
import { REPORT_ENV, type CountRecord, type HostileRecord } from './record-counts.js';

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
/** Hostile-world columns that must be zero: the issue's "0 leaked, 0 lost, 0 duplicate sends, 0 overwritten". */
const HOSTILE_MUST_BE_ZERO = ['lost', 'leaked', 'duplicateSends', 'overwritten'] as const;
/** The hostile-world table's numeric columns, in print order, with their headings. */
const HOSTILE_COLUMNS = [
  ['tried', 'tried'],
  ['held', 'held'],
  ['lost', 'lost'],
  ['leaked', 'leaked'],
  ['duplicateSends', 'duplicate sends'],
  ['overwritten', 'overwritten'],
] as const satisfies readonly (readonly [keyof HostileRecord, string])[];

// A fresh folder per run, so counts never add up across runs.
const work = mkdtempSync(path.join(tmpdir(), 'reliability-'));
const countsFile = path.join(work, 'counts.jsonl');
const vitestJson = path.join(work, 'vitest.json');
const extra = process.argv.slice(2);

// `test/reliability` takes in every hostile-world file (hostile-world-*.test.ts) with the fault-injection ones.
const vitest = await $({ nothrow: true, stdio: 'inherit', env: { ...process.env, [REPORT_ENV]: countsFile } })`npx vitest run --config test/vitest.config.ts test/reliability ${LOCK_TESTS} --testTimeout 120000 --hookTimeout 120000 --reporter=default --reporter=json --outputFile=${vitestJson} ${extra}`;

const lines = readLines<CountRecord | HostileRecord>(countsFile);
const records = lines.filter((line): line is CountRecord => !('section' in line));
const hostile = lines.filter((line): line is HostileRecord => 'section' in line && line.section === 'hostile');
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
printTable('Reliability report', [header, ...body]);

const hostileRows = [...hostile]
  .sort((a, b) => a.kind.localeCompare(b.kind))
  .map((record) => [record.kind, ...HOSTILE_COLUMNS.map(([key]) => Number(record[key] ?? 0))] as const);
const hostileTotals = HOSTILE_COLUMNS.map((_, i) => hostileRows.reduce((sum, row) => sum + (row[i + 1] as number), 0));
printTable('Hostile world', [
  ['attack', ...HOSTILE_COLUMNS.map(([, heading]) => heading)],
  ...hostileRows.map((row) => row.map(String)),
  ['TOTAL', ...hostileTotals.map(String)],
]);

const failing = MUST_BE_ZERO.filter((key) => totals[COLUMNS.findIndex(([k]) => k === key)] !== 0);
const hostileFailing = HOSTILE_MUST_BE_ZERO.filter((key) => hostileTotals[HOSTILE_COLUMNS.findIndex(([k]) => k === key)] !== 0);
// An attack that did not hold is a failure even when it cost nothing countable.
const notHeld = hostileTotals[HOSTILE_COLUMNS.findIndex(([k]) => k === 'tried')]! - hostileTotals[HOSTILE_COLUMNS.findIndex(([k]) => k === 'held')]!;
const ok = failing.length === 0 && hostileFailing.length === 0 && notHeld === 0 && vitest.exitCode === 0;
console.log(
  `\nMust be zero: ${MUST_BE_ZERO.map((key) => `${COLUMNS.find(([k]) => k === key)![1]} ${totals[COLUMNS.findIndex(([k]) => k === key)]}`).join(', ')}; ` +
    `hostile world: ${HOSTILE_MUST_BE_ZERO.map((key) => `${HOSTILE_COLUMNS.find(([k]) => k === key)![1]} ${hostileTotals[HOSTILE_COLUMNS.findIndex(([k]) => k === key)]}`).join(', ')}, attacks not held ${notHeld}` +
    ` -> ${ok ? 'OK' : 'NOT OK'}${vitest.exitCode === 0 ? '' : ' (some reliability tests failed: see above)'}`,
);
process.exitCode = ok ? 0 : 1;

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

/** A GitHub-style Markdown table under a title, so the report pastes into a note as it is. */
function printTable(title: string, table: readonly (readonly string[])[]): void {
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]) => `| ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(' | ')} |`;
  console.log(`\n${title}\n\n${line(table[0]!)}\n| ${widths.map((width, column) => (column === 0 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`);
  for (const row of table.slice(1)) console.log(line(row));
}
