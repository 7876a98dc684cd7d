import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { summariseActors } from './actors/index.js';
import { dedupe, loadSegmenter } from './dedupe/index.js';
import {
  acquireLock,
  buildMessage,
  checkOutputOwnership,
  composeEml,
  createPageCache,
  deliverEmail,
  EMPTY_LEDGER,
  INDEX_FILE,
  LEDGER_DIR,
  ledgerDayNames,
  ledgerFiles,
  ledgerFilesToPrune,
  LEGACY_LEDGER_FILE,
  listDigests,
  maskAddress,
  maskAddresses,
  pruneLedger,
  readIndex,
  readLedger,
  removeStaleTemporaries,
  writeOwnedFiles,
  type FileToWrite,
} from './deliver/index.js';
import { ingest } from './ingest/index.js';
import { digestHeadline, prepareRender, renderDigest, renderIndex, renderNothingNew } from './render/index.js';
import { assembleDigest } from './assemble-digest.js';
import type { Reporter } from './reporter.js';
import type {
  ActorOptions,
  ActorOutput,
  DedupeOptions,
  DedupeOutput,
  Digest,
  EmailSettings,
  FetchOptions,
  IngestOutput,
  RenderOptions,
  SendReport,
} from './types.js';

/** The index as Markdown, which every digest run rewrites from index.json (INDEX_FILE). */
const README_FILE = 'README.md';
/** Extensions of one day's files, the `.eml` preview included. */
const DATED_EXTENSIONS = ['json', 'md', 'html', 'txt', 'eml'] as const;
const PATTERNS = {
  /** A briefing's Markdown file: `<date>.md`. */
  briefing: /^(\d{4}-\d{2}-\d{2})\.md$/u,
} as const;

/** Everything a run needs, resolved once by the CLI. */
export interface RunOptions {
  readonly cwd: string;
  /** Inputs: paths, folders, globs, URLs. */
  readonly sources: readonly string[];
  /** Output folder, absolute. */
  readonly outDir: string;
  /** The demo (no inputs named): the ledger is neither read nor written, so every run briefs its sources whole. */
  readonly demo?: boolean;
  /** Digest date, `YYYY-MM-DD`. */
  readonly date: string;
  /** "actor-digest@x.y.z", written into the JSON. */
  readonly generator: string;
  /** "actor-digest/x.y.z", sent as User-Agent. */
  readonly userAgent: string;
  readonly refresh: boolean;
  /** How long to wait for another run's lock, ms. */
  readonly lockWaitMs: number;
  readonly maxFileBytes?: number;
  readonly maxFeedItems?: number;
  readonly fetch: FetchOptions;
  readonly dedupe: Omit<DedupeOptions, 'date'>;
  readonly actors: ActorOptions;
  readonly render: RenderOptions;
  readonly email: {
    readonly settings: EmailSettings;
    /** SMTP_URL when `--send` was given; without it the message is written as `<date>.eml`. */
    readonly smtpUrl?: string;
    readonly force: boolean;
    /** On a day with nothing new, send a short note instead of nothing (`email.sendEmpty`, default false). */
    readonly sendEmpty?: boolean;
    /** SMTP timeout and attempts (`email.timeoutMs`, `email.attempts`, `email.retryDelayMs`). */
    readonly retry?: { readonly timeoutMs?: number; readonly attempts?: number; readonly delays?: Iterable<number> };
  };
  /** Web address of the output folder in the repository, for links to a briefing (`<url>/<date>.md`). */
  readonly briefingsUrl?: string;
  readonly reporter: Reporter;
}

/** Wall time of each stage, ms. */
export interface StageTimings {
  readonly ingest: number;
  readonly dedupe: number;
  readonly actors: number;
  readonly render: number;
  readonly write: number;
  readonly email: number;
}

/** What a run produced: a digest, a day with nothing new, or nothing at all because every input failed. */
export type RunResult = DigestRun | NothingNewRun | AllInputsFailedRun;

/** A run that wrote a digest. */
export interface DigestRun {
  readonly kind: 'digest';
  readonly digest: Digest;
  readonly rendered: Awaited<ReturnType<typeof renderDigest>>;
  /** Files written, relative to the working folder. */
  readonly files: readonly string[];
  readonly timings: StageTimings;
  /** How the email step ended (sent, preview, ...). */
  readonly send: SendReport;
}

/** A day whose inputs held nothing that earlier digests had not briefed: nothing was written. */
export interface NothingNewRun {
  readonly kind: 'nothing-new';
  readonly inputs: number;
  readonly rejected: number;
  /** Stories left out because earlier digests briefed them. */
  readonly known: number;
  /** The latest briefing in the output folder, relative to the working folder, and its date. */
  readonly lastBriefing?: { readonly date: string; readonly file: string };
  /** The nothing-new note, when `email.sendEmpty` sent (or tried to send) one. */
  readonly send?: SendReport;
}

/** Every input failed: nothing was written or sent, and tomorrow's digest is untouched. */
export interface AllInputsFailedRun {
  readonly kind: 'all-inputs-failed';
  readonly inputs: number;
  readonly rejected: number;
}

/**
 * Compose the stages: ingest -> dedupe -> actors -> render -> write. Holds the
 * output folder's lock throughout. Before any work, the names it will write
 * must be its own (checkOutputOwnership): a README or any file the tool did
 * not write stops the run, untouched. A run whose inputs all failed, or whose
 * inputs hold nothing new, writes nothing at all (and sends nothing, unless
 * `sendEmpty` asks for a note). Digest files are written before the ledger,
 * so a crash in between only means the rerun briefs the same stories again,
 * which reproduces the same digest (the ledger ignores entries of this date).
 * The demo neither reads nor writes the ledger.
 */
export async function runDigest(options: RunOptions): Promise<RunResult> {
  const { reporter, outDir, date } = options;
  await mkdir(outDir, { recursive: true });
  const release = await acquireLock(outDir, options.lockWaitMs);
  prepareRender();
  try {
    const stale = await removeStaleTemporaries(outDir);
    if (stale.length > 0) reporter.warn(`removed ${stale.length} temporary file(s) an interrupted run left in ${outDir}`);
    await checkOutputOwnership(outDir, await plannedNames(options));
    const { ledger, warning, setAside = [], legacy } = options.demo ? { ledger: EMPTY_LEDGER, legacy: false } : await readLedger(outDir, date);
    if (warning) reporter.warn(warning);

    const read = await readAndSummarise(options, ledger);
    if (read.kind === 'all-inputs-failed') return read;
    if (read.kind === 'nothing-new') return await nothingNew(options, read.inputs, read.rejected, read.known);
    const { ingested, deduped, summarised } = read;
    const updated = deduped.value.ledger;
    const digest = assembleDigest(options.date, options.generator, ingested.value, deduped.value, summarised.value, options.cwd);

    const renderStep = reporter.stage('render');
    const rendered = await timed(() => renderDigest(digest, options.render));
    renderStep.done('markdown, html, text, json');

    // The .eml preview is an output like the others: composed first, so that all
    // files are replaced together or, on a full disk, none is.
    const preview = options.email.smtpUrl === undefined ? await previewEmail(options, digest, rendered.value) : undefined;
    const written = await timed(async () => {
      const files = await planOutputs(options, digest, rendered.value, updated, legacy, preview?.file);
      // The manifest written with the files already forgets the ledger files set aside and those pruned next:
      // a crash before the pruning leaves them unlisted, recognised by their shape, and pruned by the rerun.
      const written = new Set(files.map(({ file }) => path.relative(outDir, file).split(path.sep).join('/')));
      const forget = options.demo ? [] : [...setAside, ...(await ledgerFilesToPrune(outDir, updated))].filter((name) => !written.has(name));
      await writeOwnedFiles(outDir, files, forget);
      // Only once the day's ledger file is in place: a crash before leaves the old files, which still read.
      if (!options.demo) await pruneLedger(outDir, updated);
      return files.map(({ file }) => file);
    });
    const sent = preview ? { value: preview.report, ms: 0 } : await timed(() => emailStage(options, { digest, rendered: rendered.value, settings: options.email.settings }));
    return {
      kind: 'digest',
      digest,
      rendered: rendered.value,
      files: written.value.map((file) => path.relative(options.cwd, file)),
      timings: {
        ingest: ingested.ms,
        dedupe: deduped.ms,
        actors: summarised.ms,
        render: rendered.ms,
        write: written.ms,
        email: sent.ms,
      },
      send: sent.value,
    };
  } finally {
    await release();
  }
}

/**
 * Every name a digest run may write, replace or delete in the output folder:
 * the day's files, the indexes, and (but in the demo) the ledger's day file
 * of the date, the day files it may prune and the single-file ledger of
 * earlier versions, which it migrates.
 */
async function plannedNames(options: RunOptions): Promise<string[]> {
  const { outDir, date } = options;
  const names = [...DATED_EXTENSIONS.map((ext) => `${date}.${ext}`), README_FILE, INDEX_FILE];
  if (options.demo) return names;
  const days = await ledgerDayNames(outDir);
  const today = `${LEDGER_DIR}/${date}.bin`;
  return [...names, LEGACY_LEDGER_FILE, ...(days.includes(today) ? [] : [today]), ...days];
}

/**
 * A day with nothing new: no file is written and nothing is sent, unless
 * `sendEmpty` asks for a short note (recorded in the sent record like a digest, so
 * a rerun does not send it twice, and apart from it, so it never blocks a
 * digest of the same date).
 */
async function nothingNew(options: RunOptions, inputs: number, rejected: number, known: number): Promise<NothingNewRun> {
  const lastBriefing = await latestBriefing(options);
  const result: NothingNewRun = { kind: 'nothing-new', inputs, rejected, known, ...(lastBriefing ? { lastBriefing } : {}) };
  if (!options.email.sendEmpty) return result;
  const step = options.reporter.stage('email');
  if (options.email.smtpUrl === undefined) {
    step.done('nothing-new note not sent (no SMTP_URL or no --send); nothing written');
    return result;
  }
  const note = renderNothingNew({
    date: options.date,
    ...(lastBriefing ? { since: lastBriefing.date } : {}),
    ...(lastBriefing && options.briefingsUrl ? { briefingUrl: `${options.briefingsUrl}/${lastBriefing.date}.md` } : {}),
  });
  const send = await emailStage(
    options,
    { digest: { date: options.date, actors: [], generator: options.generator }, rendered: note, settings: options.email.settings, kind: 'nothing-new' },
    step,
  );
  return { ...result, send };
}

/** The newest `<date>.md` in the output folder up to the run's date, relative to the working folder. */
async function latestBriefing(options: RunOptions): Promise<{ date: string; file: string } | undefined> {
  const names = await readdir(options.outDir).catch(() => [] as string[]);
  const dates = names
    .map((name) => PATTERNS.briefing.exec(name)?.[1])
    .filter((date): date is string => date !== undefined && date <= options.date)
    .sort();
  const date = dates.at(-1);
  return date === undefined ? undefined : { date, file: path.relative(options.cwd, path.join(options.outDir, `${date}.md`)) };
}

/** After the files: a failed send leaves the digest written, and the CLI reports it with its own exit code. */
async function emailStage(
  options: RunOptions,
  input: Parameters<typeof deliverEmail>[0],
  step = options.reporter.stage('email'),
): Promise<SendReport> {
  let report: SendReport;
  try {
    report = await deliverEmail(input, {
      outDir: options.outDir,
      smtpUrl: options.email.smtpUrl,
      force: options.email.force,
      ...(options.email.retry ? { retry: options.email.retry } : {}),
    });
  } catch (error) {
    // The digest files are already written: an email problem must not turn into "run failed".
    report = { status: 'failed', date: input.digest.date, messageId: '', recipients: [], attempts: 0, error: maskAddresses((error as Error).message) };
  }
  step.done(describeSend(options, report));
  for (const recipient of report.recipients) {
    if (recipient.status === 'rejected' || recipient.status === 'failed' || recipient.status === 'unknown') {
      options.reporter.warn(`not delivered to ${maskAddress(recipient.recipient)}: ${maskAddresses(recipient.response ?? recipient.status)}`);
    }
  }
  return report;
}

/** Without SMTP: the complete message that would have been sent, as `<date>.eml` bytes. */
async function previewEmail(
  options: RunOptions,
  digest: Digest,
  rendered: Awaited<ReturnType<typeof renderDigest>>,
): Promise<{ file: FileToWrite; report: SendReport }> {
  const step = options.reporter.stage('email');
  const message = buildMessage({ digest, rendered, settings: options.email.settings });
  const emlPath = path.join(options.outDir, `${digest.date}.eml`);
  const file = { file: emlPath, data: await composeEml(message) };
  const report: SendReport = { status: 'preview', date: digest.date, messageId: String(message.messageId ?? ''), recipients: [], attempts: 0, emlPath };
  step.done(describeSend(options, report));
  return { file, report };
}

function describeSend(options: RunOptions, report: SendReport): string {
  const accepted = report.recipients.filter((r) => r.status === 'accepted').length;
  switch (report.status) {
    case 'preview':
      return `not sent (no SMTP_URL or no --send); the message goes to ${path.relative(options.cwd, report.emlPath ?? '')}`;
    case 'sent':
      return `sent to ${accepted} recipient${accepted === 1 ? '' : 's'}${report.attempts > 1 ? ` after ${report.attempts} attempts` : ''}`;
    case 'skipped-already-sent':
      return 'already sent to every recipient (use --force to send again)';
    case 'partial':
      return `sent to ${accepted} of ${report.recipients.length} recipients: ${report.error ?? ''}`;
    case 'unknown':
      return `OUTCOME UNKNOWN: ${report.error ?? ''}`;
    case 'unrecorded':
      return `NOT RECORDED: ${report.error ?? ''}`;
    case 'failed':
      return `FAILED: ${report.error ?? 'not sent'}`;
  }
}

/**
 * Ingest, dedupe and actors, returning only what the rest of the run uses: the
 * articles folded into duplicates and the claims are dropped here, so that
 * neither stays in memory through render and write (at 100k articles, over a GB).
 * Stops after ingest when every input failed, and after dedupe when nothing is new.
 */
async function readAndSummarise(options: RunOptions, ledger: Parameters<typeof dedupe>[1]) {
  const ingested = await timed(() => ingestStage(options));
  const { inputs, rejected } = ingested.value;
  if (ingested.value.articles.length === 0 && rejected.length > 0) {
    return { kind: 'all-inputs-failed', inputs, rejected: rejected.length } as const;
  }
  const deduped = await timed(async () => dedupeStage(options, ingested.value.articles, ledger));
  if (deduped.value.stories.length === 0) return { kind: 'nothing-new', inputs, rejected: rejected.length, known: deduped.value.known } as const;
  const summarised = await timed(async () => actorStage(options, deduped.value));
  const { stories, groups, duplicates, ledger: updated } = deduped.value;
  return {
    kind: 'summarised',
    ingested: { ms: ingested.ms, value: { inputs, rejected } },
    deduped: { ms: deduped.ms, value: { stories, groups, duplicates, ledger: updated } },
    summarised,
  } as const;
}

async function ingestStage(options: RunOptions): Promise<IngestOutput> {
  const step = options.reporter.stage('ingest');
  const output = await ingest(options.sources, {
    cwd: options.cwd,
    userAgent: options.userAgent,
    fetch: options.fetch,
    cache: createPageCache(options.outDir, options.reporter.warn),
    // what the tool writes is never read back as news, even with --out inside an input folder
    exclude: [options.outDir],
    refresh: options.refresh,
    ...(options.maxFileBytes === undefined ? {} : { maxFileBytes: options.maxFileBytes }),
    ...(options.maxFeedItems === undefined ? {} : { maxFeedItems: options.maxFeedItems }),
    onProgress: step.progress,
  });
  for (const rejected of output.rejected) options.reporter.warn(`rejected ${rejected.path}: ${rejected.reason}`);
  step.done(`${output.inputs} inputs: ${output.articles.length} articles, ${output.rejected.length} rejected`);
  return output;
}

function dedupeStage(options: RunOptions, articles: IngestOutput['articles'], ledger: Parameters<typeof dedupe>[1]): DedupeOutput {
  const step = options.reporter.stage('dedupe');
  const output = dedupe(articles, ledger, { ...options.dedupe, date: options.date });
  const developing = output.groups.filter((group) => group.status === 'developing').length;
  const known = output.known > 0 ? `, ${output.known} already briefed` : '';
  step.done(`${output.stories.length} articles in ${output.groups.length} stories (${developing} developing), ${output.duplicates} duplicates${known}, ${output.claims.length} claims`);
  if (loadSegmenter().name !== 'sentencex') options.reporter.info(`sentences split by the built-in splitter: sentencex has no native build for ${process.platform}-${process.arch} (see README, Install)`);
  return output;
}

function actorStage(options: RunOptions, deduped: DedupeOutput): ActorOutput {
  const step = options.reporter.stage('actors');
  const output = summariseActors(deduped.stories, deduped.claims, { ...options.actors, date: options.date });
  const points = output.actors.reduce((sum, actor) => sum + actor.points.length, 0);
  step.done(`${output.actors.length} actors, ${points} points, ${output.interactions.length} interactions, ${output.mentioned.length} also mentioned`);
  return output;
}

/**
 * Every file this run replaces, in the order they are renamed into place:
 * the digest files, then the index, then the ledger last, so a crash between
 * renames never records as briefed a digest that was not written.
 */
async function planOutputs(
  options: RunOptions,
  digest: Digest,
  rendered: Awaited<ReturnType<typeof renderDigest>>,
  ledger: DedupeOutput['ledger'],
  legacy: boolean,
  eml: FileToWrite | undefined,
): Promise<FileToWrite[]> {
  const { outDir, date, reporter } = options;
  const base = path.join(outDir, date);
  // The index file, or once for a folder written before it existed, every digest.
  const known = (await readIndex(outDir, reporter.warn)) ?? (await listDigests(outDir, reporter.warn)).map((d) => ({ date: d.date, headline: digestHeadline(d), stats: d.stats }));
  const entries = [{ date, headline: rendered.headline, stats: digest.stats }, ...known.filter((entry) => entry.date !== date)];
  entries.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return [
    { file: `${base}.json`, data: rendered.json },
    { file: `${base}.md`, data: rendered.markdown },
    { file: `${base}.html`, data: rendered.html },
    { file: `${base}.txt`, data: rendered.text },
    ...(eml ? [eml] : []),
    { file: path.join(outDir, INDEX_FILE), data: `${JSON.stringify({ version: 1, digests: entries }, null, 2)}\n` },
    { file: path.join(outDir, README_FILE), data: renderIndex(entries) },
    ...(options.demo ? [] : ledgerFiles(outDir, ledger, date, legacy)),
  ];
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}
