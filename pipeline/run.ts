import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { summariseActorsInWorkers } from './actors/index.js';
import { dedupe, loadSegmenter } from './dedupe/index.js';
import {
  acquireLock,
  buildMessage,
  composeEml,
  createPageCache,
  deliverEmail,
  EMPTY_LEDGER,
  LEDGER_DIR,
  ledgerFiles,
  INDEX_FILE,
  listDigests,
  pruneLedger,
  readIndex,
  readLedger,
  removeStaleTemporaries,
  writeFilesAtomic,
  type FileToWrite,
} from './deliver/index.js';
import { ingest } from './ingest/index.js';
import { digestHeadline, prepareRender, renderDigest, renderIndex } from './render/index.js';
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
  readonly fetch: FetchOptions;
  readonly dedupe: Omit<DedupeOptions, 'date'>;
  readonly actors: ActorOptions;
  readonly render: RenderOptions;
  readonly email: {
    readonly settings: EmailSettings;
    /** SMTP_URL when `--send` was given; without it the message is written as `<date>.eml`. */
    readonly smtpUrl?: string;
    readonly force: boolean;
  };
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

/** What a run produced. */
export interface RunResult {
  readonly digest: Digest;
  readonly rendered: Awaited<ReturnType<typeof renderDigest>>;
  /** Files written, relative to the working folder. */
  readonly files: readonly string[];
  readonly timings: StageTimings;
  /** How the email step ended (sent, preview, ...). */
  readonly send: SendReport;
}

/**
 * Compose the stages: ingest -> dedupe -> actors -> render -> write. Holds the
 * output folder's lock throughout. Digest files are written before the ledger,
 * so a crash in between only means the rerun briefs the same stories again,
 * which reproduces the same digest (the ledger ignores entries of this date).
 */
export async function runDigest(options: RunOptions): Promise<RunResult> {
  const { reporter, outDir, date } = options;
  await mkdir(outDir, { recursive: true });
  const release = await acquireLock(outDir, options.lockWaitMs);
  prepareRender();
  try {
    const stale = await removeStaleTemporaries(outDir);
    if (stale.length > 0) reporter.warn(`removed ${stale.length} temporary file(s) an interrupted run left in ${outDir}`);
    const { ledger, warning, legacy } = options.demo ? { ledger: EMPTY_LEDGER, warning: undefined, legacy: false } : await readLedger(outDir, date);
    if (warning) reporter.warn(warning);

    const { ingested, deduped, summarised } = await readAndSummarise(options, ledger);
    const digest = assembleDigest(options.date, options.generator, ingested.value, deduped.value, summarised.value);

    const renderStep = reporter.stage('render');
    const rendered = await timed(() => renderDigest(digest, options.render));
    renderStep.done('markdown, html, text, json');

    // The .eml preview is an output like the others: composed first, so that all
    // files are replaced together or, on a full disk, none is.
    const preview = options.email.smtpUrl === undefined ? await previewEmail(options, digest, rendered.value) : undefined;
    const written = await timed(async () => {
      const files = await planOutputs(options, digest, rendered.value, deduped.value.ledger, legacy, preview?.file);
      if (!options.demo) await mkdir(path.join(outDir, LEDGER_DIR), { recursive: true });
      await writeFilesAtomic(files);
      // Only once the day's ledger file is in place: a crash before leaves the old files, which still read.
      if (!options.demo) await pruneLedger(outDir, deduped.value.ledger);
      return files.map(({ file }) => file);
    });
    const sent = preview ? { value: preview.report, ms: 0 } : await timed(() => emailStage(options, digest, rendered.value));
    return {
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

/** After the files: a failed send leaves the digest written, and the CLI reports it with its own exit code. */
async function emailStage(options: RunOptions, digest: Digest, rendered: Awaited<ReturnType<typeof renderDigest>>): Promise<SendReport> {
  const step = options.reporter.stage('email');
  let report: SendReport;
  try {
    report = await deliverEmail(
      { digest, rendered, settings: options.email.settings },
      { outDir: options.outDir, smtpUrl: options.email.smtpUrl, force: options.email.force },
    );
  } catch (error) {
    // The digest files are already written: an email problem must not turn into "run failed".
    report = { status: 'failed', date: digest.date, messageId: '', recipients: [], attempts: 0, error: (error as Error).message };
  }
  step.done(describeSend(options, report));
  for (const recipient of report.recipients) {
    if (recipient.status === 'rejected' || recipient.status === 'failed') {
      options.reporter.warn(`not delivered to ${recipient.recipient}: ${recipient.response ?? recipient.status}`);
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
    case 'failed':
      return `FAILED: ${report.error ?? 'not sent'}`;
  }
}

async function ingestStage(options: RunOptions): Promise<IngestOutput> {
  const step = options.reporter.stage('ingest');
  const output = await ingest(options.sources, {
    cwd: options.cwd,
    userAgent: options.userAgent,
    fetch: options.fetch,
    cache: createPageCache(options.outDir, options.reporter.warn),
    refresh: options.refresh,
    ...(options.maxFileBytes === undefined ? {} : { maxFileBytes: options.maxFileBytes }),
    onProgress: step.progress,
  });
  for (const rejected of output.rejected) options.reporter.warn(`rejected ${rejected.path}: ${rejected.reason}`);
  step.done(`${output.inputs} inputs: ${output.articles.length} articles, ${output.rejected.length} rejected`);
  return output;
}

/**
 * Ingest, dedupe and actors, returning only what the rest of the run uses: the
 * articles folded into duplicates and the claims are dropped here, so that
 * neither stays in memory through render and write (at 100k articles, over a GB).
 */
async function readAndSummarise(options: RunOptions, ledger: Parameters<typeof dedupe>[1]) {
  const ingested = await timed(() => ingestStage(options));
  const deduped = await timed(async () => dedupeStage(options, ingested.value.articles, ledger));
  const summarised = await timed(async () => actorStage(options, deduped.value));
  const { inputs, rejected } = ingested.value;
  const { stories, duplicates, ledger: updated } = deduped.value;
  return {
    ingested: { ms: ingested.ms, value: { inputs, rejected } },
    deduped: { ms: deduped.ms, value: { stories, duplicates, ledger: updated } },
    summarised,
  };
}

function dedupeStage(options: RunOptions, articles: IngestOutput['articles'], ledger: Parameters<typeof dedupe>[1]): DedupeOutput {
  const step = options.reporter.stage('dedupe');
  const output = dedupe(articles, ledger, { ...options.dedupe, date: options.date });
  const developing = output.stories.filter((story) => story.status === 'developing').length;
  const known = output.known > 0 ? `, ${output.known} already briefed` : '';
  step.done(`${output.stories.length} stories (${developing} developing), ${output.duplicates} duplicates${known}, ${output.claims.length} claims`);
  if (loadSegmenter().name !== 'sentencex') options.reporter.info(`sentences split by the built-in splitter: sentencex has no native build for ${process.platform}-${process.arch} (see README, Install)`);
  return output;
}

async function actorStage(options: RunOptions, deduped: DedupeOutput): Promise<ActorOutput> {
  const step = options.reporter.stage('actors');
  const output = await summariseActorsInWorkers(deduped.stories, deduped.claims, options.actors);
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
  const index = renderIndex(entries);
  return [
    { file: `${base}.json`, data: rendered.json },
    { file: `${base}.md`, data: rendered.markdown },
    { file: `${base}.html`, data: rendered.html },
    { file: `${base}.txt`, data: rendered.text },
    ...(eml ? [eml] : []),
    { file: path.join(outDir, INDEX_FILE), data: `${JSON.stringify({ version: 1, digests: entries }, null, 2)}\n` },
    { file: path.join(outDir, 'README.md'), data: index },
    ...(options.demo ? [] : ledgerFiles(outDir, ledger, date, legacy)),
  ];
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}
