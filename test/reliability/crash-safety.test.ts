import { cp, mkdir, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeLedgerDay } from '../../pipeline/deliver/decode-ledger-day.js';
import { ROOT } from '../helpers/run-cli.js';
import { seededRandom } from '../helpers/seeded-random.js';
import { writeGeneratedArticles } from './generate-articles.js';
import { recordCounts } from './record-counts.js';
import { freezePipeline, runAndKill, type KillAt } from './run-and-kill.js';
import { snapshotTree, type Snapshot } from './snapshot-tree.js';

/** SIGKILL trials: 50 land kills in every phase of a run (RELIABILITY_CRASH_TRIALS changes it: more for a soak, fewer to debug). */
const TRIALS = Number(process.env.RELIABILITY_CRASH_TRIALS ?? 50);
/** Trials at once: one per core of the 2-core machine the suite is sized for. */
const LANES = 2;
/** Seed of the kill schedule, so a failing trial can be replayed. */
const SCHEDULE_SEED = 20260101;
/** Generated articles added to the seeds in the new corpus: every stage has work, and a run stays short (start-up dominates). */
const NEW_GENERATED = 2;
/** RELIABILITY_DEBUG_DIR: where the setup and every failing trial's folder are copied for a post-mortem. */
const DEBUG_DIR = process.env.RELIABILITY_DEBUG_DIR;
const OLD_DATE = '2026-01-01';
const DATE = '2026-01-02';
const PATTERNS = {
  /** writeFileAtomic's temporary name: `.<name>.<pid>.<n>.tmp`, beside the target. */
  temporary: /(?:^|\/)\.[^/]+\.\d+\.\d+\.tmp$/u,
  /** The lock file, and a stale lock being moved aside. */
  lock: /^\.lock(?:\.stale\.\d+)?$/u,
} as const;

interface Lane {
  /** The frozen copy of pipeline/cli.ts every run of this test uses. */
  readonly cli: string;
  readonly corpus: string;
  readonly old: Snapshot;
  readonly fresh: Snapshot;
  readonly oldDir: string;
  /** Wall time of an uninterrupted run, ms (spreads the kill delays; never asserted). */
  readonly runMs: number;
  /** Wall time from the "render" line to exit: the write phase, ms. */
  readonly writeMs: number;
}

interface TrialOutcome {
  readonly killed: boolean;
  readonly torn: string[];
  readonly leftovers: number;
  readonly lost: string[];
  readonly recoveryCode: number | null;
}

let lane: Lane;

/** Compare what a killed run left with the old and the complete new state. */
function inspect(old: Snapshot, fresh: Snapshot, now: Snapshot): { torn: string[]; leftovers: number } {
  const torn: string[] = [];
  let leftovers = 0;
  for (const name of new Set([...old.keys(), ...fresh.keys(), ...now.keys()])) {
    const bytes = now.get(name);
    if (PATTERNS.temporary.test(name) || PATTERNS.lock.test(name)) {
      if (bytes !== undefined && PATTERNS.temporary.test(name)) leftovers += 1;
      continue;
    }
    if (bytes === undefined) {
      if (old.has(name)) torn.push(`${name}: vanished`);
      continue;
    }
    const isOld = old.get(name)?.equals(bytes) ?? false;
    const isNew = fresh.get(name)?.equals(bytes) ?? false;
    if (!isOld && !isNew) torn.push(old.has(name) || fresh.has(name) ? `${name}: neither old nor new (${bytes.length} bytes)` : `${name}: unexpected file`);
  }
  for (const [name, bytes] of now) {
    const day = /^ledger\/(\d{4}-\d{2}-\d{2})\.bin$/u.exec(name)?.[1];
    if (day === undefined) continue;
    try {
      decodeLedgerDay(bytes, day);
    } catch (error) {
      torn.push(`${name}: does not read (${(error as Error).message})`);
    }
  }
  return { torn, leftovers };
}

async function trial(index: number, delay: KillAt): Promise<TrialOutcome> {
  const outDir = path.join(await mkdtemp(path.join(tmpdir(), 'crash-trial-')), 'out');
  await cp(lane.oldDir, outDir, { recursive: true });
  const args = [lane.corpus, '--out', outDir, '--date', DATE, '--wait', '0'];
  const { killed } = await runAndKill(args, delay, {}, lane.cli);
  const { torn, leftovers } = inspect(lane.old, lane.fresh, await snapshotTree(outDir));

  const recovery = await runAndKill(args, undefined, {}, lane.cli);
  const after = await snapshotTree(outDir);
  const lost = [...lane.fresh.keys()].filter((name) => !(after.get(name)?.equals(lane.fresh.get(name)!) ?? false));
  if (DEBUG_DIR && (torn.length > 0 || lost.length > 0)) await cp(outDir, path.join(DEBUG_DIR, `trial-${index}`), { recursive: true });
  return { killed, torn, leftovers, lost, recoveryCode: recovery.code };
}

// Three digest runs from the TypeScript sources: a minute on a busy shared machine, so the setup gets five.
beforeAll(async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'crash-'));
  const cli = await freezePipeline();
  const oldCorpus = path.join(root, 'old-corpus');
  const corpus = path.join(root, 'corpus');
  await mkdir(oldCorpus);
  const seeds = (await readdir(path.join(ROOT, 'seeds'))).sort();
  for (const name of seeds.slice(0, 2)) await cp(path.join(ROOT, 'seeds', name), path.join(oldCorpus, name));
  await writeGeneratedArticles(path.join(oldCorpus, 'generated'), 6, 3);
  await cp(path.join(ROOT, 'seeds'), corpus, { recursive: true });
  await writeGeneratedArticles(path.join(corpus, 'generated'), NEW_GENERATED, 7);

  // The pre-existing state: yesterday's digest and an earlier version of today's, which had
  // one more article (a day with nothing new would write no digest at all).
  const oldTodayCorpus = path.join(root, 'old-today-corpus');
  await cp(oldCorpus, oldTodayCorpus, { recursive: true });
  await cp(path.join(ROOT, 'seeds', seeds[2]!), path.join(oldTodayCorpus, seeds[2]!));
  const oldDir = path.join(root, 'old-out');
  for (const [date, dayCorpus] of [[OLD_DATE, oldCorpus], [DATE, oldTodayCorpus]] as const) {
    const result = await runAndKill([dayCorpus, '--out', oldDir, '--date', date, '-q'], undefined, {}, cli);
    if (result.code !== 0) throw new Error(`setting up the old state failed: ${result.stderr}`);
  }
  // The complete new state: the same run, uninterrupted, on a copy of the old state.
  const referenceDir = path.join(root, 'reference-out');
  await cp(oldDir, referenceDir, { recursive: true });
  const reference = await runAndKill([corpus, '--out', referenceDir, '--date', DATE], undefined, {}, cli);
  if (DEBUG_DIR) await cp(root, path.join(DEBUG_DIR, 'setup'), { recursive: true });
  lane = {
    cli,
    corpus,
    oldDir,
    old: await snapshotTree(oldDir),
    fresh: await snapshotTree(referenceDir),
    runMs: reference.ms,
    writeMs: reference.ms - (reference.renderAt ?? 0),
  };
}, 300_000);

describe('a digest run killed with SIGKILL at a random moment', () => {
  it('leaves every file old or complete-new, a parsable ledger, and a rerun reproduces the uninterrupted digest', async () => {
    expect(lane.fresh.get(`${DATE}.json`)).toBeDefined();
    expect(lane.fresh.get(`${DATE}.json`)!.equals(lane.old.get(`${DATE}.json`)!)).toBe(false);

    const random = seededRandom(SCHEDULE_SEED);
    // Half the kills are spread over the whole run (start-up, ingest, stages),
    // half over the write phase, which is short but is where files can tear.
    const schedule = Array.from({ length: TRIALS }, (_, i) =>
      i % 2 === 0 ? { afterRender: false, delayMs: random() * lane.runMs * 1.1 } : { afterRender: true, delayMs: random() * lane.writeMs * 1.2 },
    );
    const outcomes: TrialOutcome[] = new Array(TRIALS);
    let next = 0;
    await Promise.all(
      Array.from({ length: LANES }, async () => {
        while (next < TRIALS) {
          const index = next++;
          outcomes[index] = await trial(index, schedule[index]!);
        }
      }),
    );

    const problems = outcomes.flatMap((outcome, i) => [
      ...outcome.torn.map((what) => `trial ${i} (${JSON.stringify(schedule[i])}): torn ${what}`),
      ...outcome.lost.map((what) => `trial ${i}: rerun did not reproduce ${what}`),
      ...(outcome.recoveryCode === 0 ? [] : [`trial ${i}: rerun exited ${outcome.recoveryCode}`]),
    ]);
    const killedUniform = outcomes.filter((o, i) => o.killed && !schedule[i]!.afterRender).length;
    const killedWriting = outcomes.filter((o, i) => o.killed && schedule[i]!.afterRender).length;
    for (const [kind, afterRender, killed] of [
      ['SIGKILL at a random moment of the run, then rerun', false, killedUniform],
      ['SIGKILL during the write phase, then rerun', true, killedWriting],
    ] as const) {
      const mine = outcomes.filter((_, i) => schedule[i]!.afterRender === afterRender);
      recordCounts({
        kind,
        trials: mine.length,
        faults: killed,
        torn: mine.reduce((sum, o) => sum + o.torn.length, 0),
        lost: mine.filter((o) => o.lost.length > 0).length,
        crashes: mine.filter((o) => o.recoveryCode !== 0).length,
      });
    }
    console.info(
      `crash safety: ${TRIALS} trials, ${killedUniform + killedWriting} killed before finishing (${killedWriting} in the write phase), ` +
        `${outcomes.reduce((sum, o) => sum + o.leftovers, 0)} temporary files left behind by kills; run ${Math.round(lane.runMs)} ms, writes ${Math.round(lane.writeMs)} ms`,
    );
    expect(problems).toEqual([]);
    // The schedule must actually interrupt runs, or the test proves nothing.
    expect(killedUniform + killedWriting).toBeGreaterThanOrEqual(TRIALS / 2);
  }, 480_000);
});
