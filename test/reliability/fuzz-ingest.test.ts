import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REJECT_CODES } from '../../pipeline/types.js';
import { ROOT } from '../helpers/run-cli.js';
import { createIngestHarness, type IngestHarness, type JobOutcome } from './ingest-harness.js';
import { hostileInputs } from './hostile-inputs.js';
import { recordCounts } from './record-counts.js';

/** Seed of every generated input, so a failure can be replayed (FUZZ_SEED changes it). */
const SEED = Number(process.env.FUZZ_SEED ?? 424242);
/** Inputs per generator, tuned so the file runs in well under a minute on 2 cores. */
const RUNS = { bytes: 700, text: 600, mutated: 500, titles: 250 } as const;
/** Time one small input may take, ms: generous (a cold child loads the HTML reader), far under "hung". */
const SMALL_BOUND_MS = 15_000;
/** Time one hand-made hostile input (up to 9 MB) may take, ms: the slowest that passes takes a few seconds on a loaded 2-core machine. */
const HOSTILE_BOUND_MS = 20_000;
/** Most resident memory the ingest child may reach over the whole fuzz run, KB (its heap is capped at 512 MB). */
const MAX_RSS_KB = 1_200_000;
/** Growth of the child's heap after GC from warm-up to the end, bytes: more means something leaks across inputs. */
const MAX_HEAP_GROWTH = 64 * 1024 * 1024;
const EXTENSIONS = ['.txt', '.md', '.html', '.xml', '.json', '.htm', '.rss', '.atom', '.bin'] as const;
const PATTERNS = {
  /** C0 and C1 control characters: never in a title. */
  control: /[\u0000-\u001f\u007f-\u009f]/u,
  /** Bidi embeddings, overrides and isolates: in a title they reorder the rest of the line wherever it is shown. */
  bidi: /[\u202a-\u202e\u2066-\u2069]/u,
  /** Control characters in body text other than the paragraph newlines. */
  textControl: /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u,
} as const;

/** Characters a hostile title is made of: controls, bidi, zero-width, markup, lone surrogates. */
const hostileChar = fc.oneof(
  fc.constantFrom(...'\u0000\u0007\u0008\t\n\r\u000b\u000c\u001b\u007f\u0085\u009b\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\ufffd\ud800\udfff<>&"\'[]|`*_#'.split('')),
  fc.constantFrom('Minister', 'said', ' ', 'Überraschung', 'وزير', 'министр', '部长'),
);
const hostileText = fc.string({ unit: hostileChar, minLength: 1, maxLength: 30 });

const mutation = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 300 }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 64 }) }),
  fc.record({ op: fc.constant('insertText' as const), at: fc.nat(), text: hostileText }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat({ max: 400 }), times: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(input: Buffer, mutations: readonly Mutation[]): Buffer {
  let bytes = input;
  for (const m of mutations) {
    const at = bytes.length === 0 ? 0 : m.at % (bytes.length + 1);
    const head = bytes.subarray(0, at);
    const tail = bytes.subarray(at);
    switch (m.op) {
      case 'truncate': bytes = head; break;
      case 'delete': bytes = Buffer.concat([head, tail.subarray(m.length)]); break;
      case 'insert': bytes = Buffer.concat([head, Buffer.from(m.bytes), tail]); break;
      case 'insertText': bytes = Buffer.concat([head, Buffer.from(m.text), tail]); break;
      case 'duplicate': bytes = Buffer.concat([head, ...Array<Buffer>(m.times).fill(tail.subarray(0, m.length)), tail]); break;
      case 'flip': if (at < bytes.length) { bytes = Buffer.from(bytes); bytes[at] = m.value; } break;
    }
  }
  return bytes;
}

/** What went wrong with one input, as sentences; empty when it behaved. */
function problemsOf(outcome: JobOutcome, label: string, forbidden?: string): string[] {
  if (outcome.kind === 'hang') return [`hang: ${label} ran over ${Math.round(outcome.ms)} ms`];
  if (outcome.kind === 'died') return [`crash: ${label} killed the ingest process (${outcome.how})`];
  const { answer } = outcome;
  if (!answer.ok) return [`crash: ingest rejected its promise on ${label}: ${answer.error}`];
  const problems: string[] = [];
  if (answer.articles.length + answer.rejected.length === 0) problems.push(`silent: ${label} gave neither an article nor a rejection`);
  for (const rejected of answer.rejected) {
    if (!(REJECT_CODES as readonly string[]).includes(rejected.code)) problems.push(`bad code: ${label}: ${rejected.code}`);
    if (rejected.reason.trim().length < 8) problems.push(`no reason: ${label}: ${JSON.stringify(rejected)}`);
  }
  for (const article of answer.articles) {
    if (article.title.trim() === '') problems.push(`empty title: ${label}`);
    if (article.text.trim() === '') problems.push(`empty text: ${label}`);
    if (PATTERNS.control.test(article.title)) problems.push(`control character ${codePoint(PATTERNS.control, article.title)} in title: ${label}`);
    if (PATTERNS.bidi.test(article.title)) problems.push(`bidi control ${codePoint(PATTERNS.bidi, article.title)} in title: ${label}`);
    if (PATTERNS.textControl.test(article.text)) problems.push(`control character ${codePoint(PATTERNS.textControl, article.text)} in text: ${label}`);
    if (forbidden && (article.title.includes(forbidden) || article.text.includes(forbidden))) problems.push(`leak: ${label} read ${forbidden}`);
  }
  return problems;
}

/** The first character `pattern` finds in `text`, as U+XXXX. */
function codePoint(pattern: RegExp, text: string): string {
  const found = pattern.exec(text)?.[0] ?? '';
  return `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

let harness: IngestHarness;
let dir: string;
/** The realistic inputs mutations start from, with the title ingest found in each (set by the first test). */
let fixtures: { name: string; bytes: Buffer; title: string }[];
const tally = { inputs: 0, crashes: 0, hangs: 0, others: 0, maxRssKb: 0 };
/** Problems of the test that is running (each test checks only its own). */
let problems: string[] = [];
/** Inputs that took over a second, for the log: slow is not failing, but it is worth knowing. */
const slow: string[] = [];
let counter = 0;

/** Write one input to its own file and ingest it in the child. */
async function fuzzOne(name: string, content: Buffer | string, bound = SMALL_BOUND_MS, forbidden?: string): Promise<JobOutcome> {
  const file = path.join(dir, `${String(++counter).padStart(5, '0')}-${name}`);
  await writeFile(file, content);
  // fullText off: a generated feed item must not send the fuzz run onto the network.
  const started = performance.now();
  const outcome = await harness.run({ sources: [file], cwd: dir, fetch: { fullText: false, attempts: 1, timeoutMs: 1_000 } }, bound);
  const ms = performance.now() - started;
  if (ms > 1_000 && outcome.kind !== 'hang') slow.push(`${path.basename(file)} ${Math.round(ms)} ms`);
  tally.inputs += 1;
  if (outcome.kind === 'answered') tally.maxRssKb = Math.max(tally.maxRssKb, outcome.answer.maxRssKb);
  const found = problemsOf(outcome, `${path.basename(file)} (kept in ${dir})`, forbidden);
  for (const problem of found) {
    if (problem.startsWith('crash')) tally.crashes += 1;
    else if (problem.startsWith('hang')) tally.hangs += 1;
    else tally.others += 1;
  }
  problems.push(...found);
  return outcome;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fuzz-ingest-'));
  harness = createIngestHarness();
  const fixtureDir = path.join(ROOT, 'test/fixtures/reliability/fuzz-seeds');
  fixtures = [];
  for (const name of (await readdir(fixtureDir)).sort()) {
    const bytes = await readFile(path.join(fixtureDir, name));
    fixtures.push({ name, bytes, title: '' });
  }
}, 60_000);

beforeEach(() => {
  problems = [];
});

afterAll(async () => {
  await harness.close();
  if (slow.length > 0) console.info(`slow inputs (over 1 s, under the bound): ${slow.join(', ')}`);
  recordCounts({ kind: 'fuzzed ingest (generated and hand-made inputs)', trials: tally.inputs, fuzzed: tally.inputs, crashes: tally.crashes, hangs: tally.hangs, violations: tally.others });
});

describe('ingest under fuzzed input', () => {
  it('reads every realistic fixture into at least one article (the mutations start from working inputs)', async () => {
    for (const fixture of fixtures) {
      const outcome = await fuzzOne(fixture.name, fixture.bytes);
      const title = outcome.kind === 'answered' && outcome.answer.ok ? outcome.answer.articles[0]?.title : undefined;
      expect(title?.length ?? 0, fixture.name).toBeGreaterThan(10);
      fixture.title = title!;
      expect(fixture.bytes.toString('utf8'), 'the title appears verbatim, so the title test can wrap it').toContain(fixture.title);
    }
  }, 60_000);

  it('answers random bytes with an article or a reasoned rejection, never a crash or a hang', async () => {
    const inputs = fc.sample(fc.tuple(fc.uint8Array({ maxLength: 3_000 }), fc.constantFrom(...EXTENSIONS)), { numRuns: RUNS.bytes, seed: SEED });
    for (const [bytes, ext] of inputs) await fuzzOne(`bytes${ext}`, Buffer.from(bytes));
    expect(problems).toEqual([]);
  }, 120_000);

  it('answers random Unicode text (controls, bidi, markup, lone surrogates) the same way', async () => {
    const text = fc.string({ unit: fc.oneof(hostileChar, fc.constantFrom('<p>', '</p>', '<html>', '<rss>', '<item>', '---\n', '\n\n', 'title: ', '<![CDATA[', '&amp;', '&#0;')), maxLength: 400 });
    const inputs = fc.sample(fc.tuple(text, fc.constantFrom(...EXTENSIONS)), { numRuns: RUNS.text, seed: SEED + 1 });
    for (const [content, ext] of inputs) await fuzzOne(`text${ext}`, content);
    expect(problems).toEqual([]);
  }, 120_000);

  it('survives truncated, spliced and bit-flipped copies of realistic HTML, Markdown, text dumps and feeds', async () => {
    const inputs = fc.sample(fc.tuple(fc.nat({ max: fixtures.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 })), { numRuns: RUNS.mutated, seed: SEED + 2 });
    for (const [index, mutations] of inputs) {
      const fixture = fixtures[index]!;
      await fuzzOne(`mutated-${fixture.name}`, mutate(fixture.bytes, mutations));
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('keeps control characters and bidi overrides out of titles, whatever the source puts there', async () => {
    const inputs = fc.sample(fc.tuple(fc.nat({ max: fixtures.length - 1 }), hostileText, hostileText), { numRuns: RUNS.titles, seed: SEED + 3 });
    for (const [index, before, after] of inputs) {
      const fixture = fixtures[index]!;
      const source = fixture.bytes.toString('utf8');
      await fuzzOne(`title-${fixture.name}`, source.split(fixture.title).join(`${before}${fixture.title}${after}`));
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('rejects the inputs earlier fuzz runs caught (kept as files under fixtures/reliability/regressions)', async () => {
    const regressions = path.join(ROOT, 'test/fixtures/reliability/regressions');
    for (const name of (await readdir(regressions)).sort()) await fuzzOne(name, await readFile(path.join(regressions, name)));
    expect(problems).toEqual([]);
  }, 60_000);

  it('withstands deep nesting, huge attributes, entity and alias bombs and pathological repetition', async () => {
    const inputs = hostileInputs();
    for (const input of inputs) await fuzzOne(input.name, input.content, HOSTILE_BOUND_MS, input.forbidden);
    expect(problems).toEqual([]);
  }, 300_000);

  it('stays within bounded memory over the whole run', async () => {
    // A warm child, then the same small input twice: the heap after GC must
    // come back near where it was, whatever came in between.
    const first = await fuzzOne('heap-probe.txt', fixtures.find((f) => f.name.endsWith('.txt'))!.bytes);
    expect(first.kind).toBe('answered');
    expect(tally.maxRssKb).toBeGreaterThan(0);
    expect(tally.maxRssKb).toBeLessThan(MAX_RSS_KB);
    for (const fixture of fixtures) await fuzzOne(fixture.name, fixture.bytes);
    const last = await fuzzOne('heap-probe.txt', fixtures.find((f) => f.name.endsWith('.txt'))!.bytes);
    if (first.kind === 'answered' && last.kind === 'answered') expect(last.answer.heapUsed - first.answer.heapUsed).toBeLessThan(MAX_HEAP_GROWTH);
  }, 60_000);
});
