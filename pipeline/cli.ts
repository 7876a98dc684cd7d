#!/usr/bin/env node
import os from 'node:os';
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
// Subpath imports: the package index loads all of date-fns (~0.1 s at start-up).
import { isMatch } from 'date-fns/isMatch';
import packageJson from '../package.json' with { type: 'json' };
import { ConfigError, loadConfig } from './config/load-config.js';
import type { Config } from './config/config-schema.js';
import { compact } from './config/compact.js';
import { checkEmailSettings, emailSettingsFromEnv, expBackoff, LockHeldError, OutputConflictError, parseSmtpUrl, PREVIEW_EMAIL_SETTINGS } from './deliver/index.js';
import { EXIT, EXIT_CODE_HELP } from './exit-codes.js';
import { KnowledgeBaseError } from './actors/registry/load-knowledge-base.js';
import { createReporter, type Reporter } from './reporter.js';
// Straight to the worker module, not render/index.js: the CLI starts mjml
// loading before the render modules themselves are loaded.
import { startMjmlCompiler, stopMjmlCompiler } from './render/email/mjml-compiler.js';
import type { RunOptions } from './run.js';
import type { RegistryEntry, SendReport } from './types.js';

/**
 * Inputs of the demo: the run with no INPUT and no sources in the config. It
 * briefs the seed articles whole every time (it neither reads nor writes the
 * ledger), into DEMO_DIR, and never sends, so a first `npm run digest` shows
 * what the tool does whatever the output folder holds. A run given any input
 * (the workflow always gives one) is a real run.
 */
const DEMO_SOURCES = ['seeds'];
/** The demo's folder inside the output folder (git-ignored under out/). */
const DEMO_DIR = 'demo';
/** Default output folder. */
const DEFAULT_OUT = 'out';
/** Default wait for another run's lock, s: a scheduled run outlasting a manual one should not fail. */
const DEFAULT_WAIT_S = 60;
/** Longest wait accepted, s: a day; longer is a typo, and the schedule runs daily anyway. */
const MAX_WAIT_S = 86_400;

const PATTERNS = {
  /** `YYYY-MM-DD` with two-digit month and day: date-fns alone also takes `2026-1-1`. */
  date: /^\d{4}-\d{2}-\d{2}$/u,
} as const;

const ENVIRONMENT_HELP = `
Environment:
  SMTP_URL                 smtp:// or smtps:// URL with credentials; without it the
                           message is written as <out>/<date>.eml instead of sent
  DIGEST_FROM, DIGEST_TO   sender, and recipients (an address list: commas, or
                           "Roe, Jane" <jane@example.org>); each recipient gets
                           a message of their own
  DIGEST_REPLY_TO          Reply-To address (optional)
  DIGEST_UNSUBSCRIBE_MAILTO, DIGEST_UNSUBSCRIBE_URL
                           List-Unsubscribe targets (the https URL adds one-click)
  DKIM_DOMAIN, DKIM_SELECTOR, DKIM_PRIVATE_KEY
                           sign with DKIM when all three are set
  NO_COLOR                 no colour in progress output

Exit codes:
${EXIT_CODE_HELP.map((line) => `  ${line}`).join('\n')}

It writes <out>/<date>.md, .html, .txt and .json, updates <out>/README.md and
<out>/index.json (the index), and adds <out>/ledger/<date>.bin (what was
briefed, so tomorrow briefs only what is new). It never replaces a file it did
not write. A day with nothing new writes and sends nothing (email.sendEmpty
sends a short note instead). With no INPUT and no sources in the config it runs
the demo: the seed articles in seeds/, briefed whole into <out>/demo/ without
the ledger, never sent.`;

/** Parse arguments, resolve options once, run, and set the exit code. */
export async function main(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): Promise<number> {
  const program = new Command('digest')
    .description('Turn a set of news articles into a briefing organised by actor.')
    .argument('[input...]', 'files, folders, globs, feed or page URLs (none: the seed demo)')
    .option('--out <dir>', `output folder (default: ${DEFAULT_OUT})`)
    .option('--date <YYYY-MM-DD>', 'digest date (default: today, UTC)')
    .option('--config <file>', 'config file (default: digest.config.json or .yaml, if present)')
    .option('--send', 'send the email through SMTP_URL (otherwise write a .eml preview)')
    .option('--force', 'send even to recipients this digest was already sent to, or whose copy went out with no answer (outcome unknown)')
    .option('--refresh', 'refetch URLs even when cached')
    .addOption(new Option('--wait <seconds>', 'how long to wait for another run holding the output folder').default(DEFAULT_WAIT_S).argParser(parseSeconds))
    .option('-q, --quiet', 'no progress output (warnings and errors still show)')
    .version(packageJson.version)
    .addHelpText('after', ENVIRONMENT_HELP)
    .exitOverride()
    .configureOutput({ writeOut: (text) => process.stdout.write(text), writeErr: (text) => process.stderr.write(text) });

  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    // Commander has printed its message (and the help or version on exit code 0).
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw error;
  }
  const flags = program.opts<{ out?: string; date?: string; config?: string; send: boolean; force: boolean; refresh: boolean; wait: number; quiet: boolean }>();
  const tty = Boolean(process.stderr.isTTY);
  const reporter = createReporter({
    quiet: flags.quiet === true,
    tty,
    color: tty && env.NO_COLOR === undefined,
    write: (text) => process.stderr.write(text),
    places: { cwd, home: env.HOME ?? os.homedir() },
  });

  let config: Config;
  let configFile: string | undefined;
  try {
    ({ config, file: configFile } = await loadConfig(cwd, flags.config));
  } catch (error) {
    if (error instanceof ConfigError) return fail(reporter, error.message, EXIT.usage);
    throw error;
  }
  const date = flags.date ?? config.date ?? new Date().toISOString().slice(0, 10);
  if (!PATTERNS.date.test(date) || !isMatch(date, 'yyyy-MM-dd')) {
    return fail(reporter, `Cannot use --date ${JSON.stringify(date)}: expected a calendar date as YYYY-MM-DD (two-digit month and day)`, EXIT.usage);
  }

  let options: RunOptions;
  try {
    options = resolveRunOptions(program.args, flags, config, date, cwd, env, reporter);
    if (options.demo && configFile !== undefined) reporter.warn(`${configFile} names no sources and no inputs were given: running the seed demo`);
  } catch (error) {
    return fail(reporter, (error as Error).message, EXIT.usage);
  }
  try {
    // mjml takes longer to load than a whole seed run: start loading it on the
    // second core now, then load the stages (run.js) on this one.
    startMjmlCompiler();
    const { runDigest } = await import('./run.js');
    const result = await runDigest(options);
    const out = path.relative(cwd, options.outDir) || '.';
    if (result.kind === 'all-inputs-failed') {
      return fail(
        reporter,
        `every input failed (${result.rejected} of ${result.inputs} rejected, each named above): nothing was written or sent, and the next run is free to send`,
        EXIT.allInputsFailed,
      );
    }
    if (result.kind === 'nothing-new') {
      reporter.info(result.lastBriefing ? `nothing new since ${result.lastBriefing.date}; last briefing: ${result.lastBriefing.file}` : `nothing new; no briefing yet in ${out}/`);
      return result.send === undefined ? EXIT.ok : sendExit(reporter, result.send, 'Nothing was written');
    }
    const { stats } = result.digest;
    const briefing = `${out}/${date}.md`;
    if (options.demo) {
      reporter.info(`Demo ${date}: the ${stats.articles} seed articles in ${DEMO_SOURCES.join(', ')}/ briefed whole (no inputs given and no sources in a config, so no ledger): ${stats.actors} actors.`);
      reporter.info(`Open ${briefing}, or ${briefing.replace(/\.md$/u, '.html')} in a browser. To brief your own articles, name them: npm run digest -- FILES/FOLDERS/URLS (README, Use).`);
    } else {
      reporter.info(`Digest ${date}: ${stats.articles} articles kept, ${stats.duplicates} duplicates, ${stats.rejected} rejected, ${stats.actors} actors -> ${briefing}`);
    }
    return sendExit(reporter, result.send, 'The digest files were written');
  } catch (error) {
    if (error instanceof LockHeldError) return fail(reporter, error.message, EXIT.locked);
    if (error instanceof OutputConflictError) return fail(reporter, error.message, EXIT.usage);
    // The installation is broken, not the run: rebuilding the knowledge base fixes it.
    if (error instanceof KnowledgeBaseError) return fail(reporter, error.message, EXIT.usage);
    return fail(reporter, `Run failed: ${describe(error)}. Existing files under ${options.outDir} were left as they were.`, EXIT.runFailed);
  } finally {
    // A failed run may leave a compile pending; nothing may keep the process alive after it.
    await stopMjmlCompiler();
  }
}

function resolveRunOptions(
  inputs: readonly string[],
  flags: { out?: string; refresh: boolean; wait: number; send: boolean; force: boolean },
  config: Config,
  date: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  reporter: Reporter,
): RunOptions {
  const configured = config.sources ?? [];
  const demo = inputs.length + configured.length === 0;
  const sources = demo ? DEMO_SOURCES : [...configured, ...inputs];
  const out = path.resolve(cwd, flags.out ?? config.out ?? DEFAULT_OUT);
  const outDir = demo ? path.join(out, DEMO_DIR) : out;
  const repositoryUrl = config.render?.repositoryUrl ?? githubRepositoryUrl(env);
  const settings = emailSettings(env, config);
  const smtpUrl = demo ? undefined : env.SMTP_URL?.trim();
  if (flags.send && demo) reporter.warn('--send ignored: the demo (no inputs and no sources in a config) never sends; the message goes to a .eml preview');
  else if (flags.send && !smtpUrl) reporter.warn('--send given but SMTP_URL is not set: writing the message as a .eml preview instead');
  if (flags.send && smtpUrl && settings === undefined) throw new Error('Cannot send: got SMTP_URL but no DIGEST_FROM and DIGEST_TO, expected both');
  // Checked now, so a typo stops the run before the digest is built, naming the part at fault.
  if (flags.send && smtpUrl) parseSmtpUrl(smtpUrl);
  return {
    cwd,
    sources,
    outDir,
    demo,
    date,
    generator: `${packageJson.name}@${packageJson.version}`,
    userAgent: `${packageJson.name}/${packageJson.version} (+${repositoryUrl ?? 'https://github.com/'})`,
    refresh: flags.refresh === true,
    lockWaitMs: flags.wait * 1000,
    ...(config.maxFileBytes === undefined ? {} : { maxFileBytes: config.maxFileBytes }),
    ...(config.maxFeedItems === undefined ? {} : { maxFeedItems: config.maxFeedItems }),
    fetch: compact(config.fetch),
    dedupe: compact(config.dedupe),
    actors: {
      ...compact({ pointsPerActor: config.actors?.pointsPerActor, pointsKept: config.actors?.pointsKept }),
      ...(config.actors?.registry === undefined ? {} : { registry: config.actors.registry.map((entry) => compact(entry) as RegistryEntry) }),
    },
    render: {
      ...(repositoryUrl === undefined ? {} : { briefingUrl: `${repositoryUrl}/blob/HEAD/${path.relative(cwd, outDir) || '.'}/${date}.md` }),
      ...compact({
        topStories: config.render?.topStories,
        actorLimit: config.render?.actorLimit,
        pointsPerActor: config.actors?.pointsPerActor,
        articleText: config.render?.articleText,
      }),
    },
    email: {
      settings: settings ?? PREVIEW_EMAIL_SETTINGS,
      ...(flags.send && smtpUrl && settings ? { smtpUrl } : {}),
      force: flags.force === true,
      sendEmpty: config.email?.sendEmpty === true,
      retry: {
        ...compact({ timeoutMs: config.email?.timeoutMs, attempts: config.email?.attempts }),
        ...(config.email?.retryDelayMs === undefined ? {} : { delays: expBackoff(config.email.retryDelayMs) }),
      },
    },
    ...(repositoryUrl === undefined ? {} : { briefingsUrl: `${repositoryUrl}/blob/HEAD/${path.relative(cwd, outDir) || '.'}` }),
    reporter,
  };
}

/** Email settings from the environment, with the config's list options as defaults; checked before the run. */
function emailSettings(env: NodeJS.ProcessEnv, config: Config) {
  const fromEnv = emailSettingsFromEnv(env);
  if (fromEnv === undefined) return undefined;
  const settings = {
    ...compact({
      subjectTemplate: config.email?.subject,
      listId: config.email?.listId,
      unsubscribeMailto: config.email?.unsubscribeMailto,
      unsubscribeUrl: config.email?.unsubscribeUrl,
    }),
    ...fromEnv,
  };
  checkEmailSettings(settings);
  return settings;
}

/** In GitHub Actions the repository's web address comes from the environment. */
function githubRepositoryUrl(env: NodeJS.ProcessEnv): string | undefined {
  if (!env.GITHUB_SERVER_URL || !env.GITHUB_REPOSITORY) return undefined;
  return `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}`;
}

/** Commander prints the sentence of an InvalidArgumentError after its own "option ... is invalid", then exits. */
function parseSeconds(value: string): number {
  const seconds = value.trim() === '' ? Number.NaN : Number(value);
  if (!Number.isFinite(seconds) || seconds < 0 || seconds > MAX_WAIT_S) {
    throw new InvalidArgumentError(`Cannot use --wait ${JSON.stringify(value)}: expected seconds from 0 to ${MAX_WAIT_S}.`);
  }
  return seconds;
}

/** The exit code for how the email step ended, with a message for anything but success. */
function sendExit(reporter: Reporter, send: SendReport, written: string): number {
  switch (send.status) {
    case 'sent':
    case 'skipped-already-sent':
    case 'preview':
      return EXIT.ok;
    case 'unknown':
      return fail(reporter, `Sending incomplete: ${send.error ?? 'outcome unknown'}. ${written}.`, EXIT.sendFailed);
    case 'unrecorded':
      return fail(reporter, `Sending not recorded: ${send.error ?? 'the sent record was not written'}. ${written}.`, EXIT.sendFailed);
    case 'failed':
    case 'partial':
      return fail(reporter, `Sending failed: ${send.error ?? send.status}. ${written}.`, EXIT.sendFailed);
  }
}

function fail(reporter: Reporter, message: string, code: number): number {
  reporter.error(message);
  return code;
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code ? `${error.message} (${code})` : error.message;
  }
  return String(error);
}

process.exitCode = await main(process.argv.slice(2), process.env, process.cwd());
