import { z } from 'zod';
import { ACTOR_KINDS, ARTICLE_TEXT } from '../types.js';

/**
 * Upper bounds of the numeric options: each far above any sensible value and
 * far below where a number stops working (a timeout past 2^31 ms fires at
 * once in Node; a retention of 10^15 days is not a date). The lower bounds
 * are where the option stops doing its job.
 */
const LIMITS = {
  /** 10 minutes: no page, feed or mail server worth waiting for takes longer to answer. */
  timeoutMs: { min: 100, max: 600_000 },
  /** 256 MB: a page or input file past this is not an article, and it must fit in one string. */
  bytes: { min: 1_024, max: 268_435_456 },
  /** Ten years of ledger. */
  retentionDays: { min: 1, max: 3_650 },
  /** Days back a story may continue an earlier group (0: today's stories only); past a year an event is not developing. */
  groupWindowDays: { min: 0, max: 366 },
  /** Top stories the briefing opens with: past 100 it is no longer a top. */
  topStories: { min: 1, max: 100 },
  /** Actor sections before "N more": 500 covers a busy day's every actor. */
  actorLimit: { min: 1, max: 500 },
  /** Send attempts per recipient. */
  attempts: { min: 1, max: 10 },
  /** First wait between send attempts, ms (then three times longer each time, at most a minute). */
  retryDelayMs: { min: 0, max: 600_000 },
} as const;
const bounded = (limit: { readonly min: number; readonly max: number }) => z.number().int().min(limit.min).max(limit.max);

/** `YYYY-MM-DD`. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const share = z.number().min(0).max(1);

/** A user's registry addition or override (see pipeline/actors/data/README.md). */
const registryEntry = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: z.enum(ACTOR_KINDS),
  aliases: z.array(z.string().min(1)).optional(),
  affiliation: z.string().min(1).optional(),
  role: z.string().min(1).optional(),
});

/**
 * The config file (`digest.config.json` or `.yaml`). Every field is optional;
 * unknown fields are errors, so a typo never passes silently.
 */
export const configSchema = z.strictObject({
  /** Paths, folders, globs, feed URLs and page URLs to read. */
  sources: z.array(z.string().min(1)).optional(),
  /** Output folder (default `out`). */
  out: z.string().min(1).optional(),
  /** Digest date when `--date` is not given (default: today, UTC). */
  date: isoDate.optional(),
  fetch: z
    .strictObject({
      timeoutMs: bounded(LIMITS.timeoutMs),
      maxBytes: bounded(LIMITS.bytes),
      attempts: z.number().int().min(1).max(10),
      concurrency: z.number().int().min(1).max(64),
      perHost: z.number().int().min(1).max(16),
      maxRedirects: z.number().int().min(0).max(20),
      allowPrivate: z.array(z.string().min(1)),
      fullText: z.boolean(),
      /** All fetching in a run, ms: 1 s to 1 h (the scheduled workflow's job stops at 20 minutes). */
      budgetMs: z.number().int().min(1_000).max(3_600_000),
    })
    .partial()
    .optional(),
  /** Largest input file read, bytes. */
  maxFileBytes: bounded(LIMITS.bytes).optional(),
  /** Items read from one feed (default 500): 1 to 100,000 (past that it is a dump, not a feed). */
  maxFeedItems: z.number().int().min(1).max(100_000).optional(),
  dedupe: z
    .strictObject({
      similarity: share,
      containment: share,
      claimSimilarity: share,
      retentionDays: bounded(LIMITS.retentionDays),
      groupWindowDays: bounded(LIMITS.groupWindowDays),
    })
    .partial()
    .optional(),
  actors: z
    .strictObject({
      pointsPerActor: z.number().int().min(1).max(50),
      /** Points per actor the JSON keeps (the briefing shows pointsPerActor of them). */
      pointsKept: z.number().int().min(1).max(200),
      registry: z.array(registryEntry),
    })
    .partial()
    .optional(),
  render: z
    .strictObject({
      /** Web address of the repository (for "read the full briefing" links). */
      repositoryUrl: z.url({ protocol: /^https?$/ }),
      topStories: bounded(LIMITS.topStories),
      actorLimit: bounded(LIMITS.actorLimit),
      /** Article bodies in the digest JSON: the first paragraph (excerpt) or the whole text (full). */
      articleText: z.enum(ARTICLE_TEXT),
    })
    .partial()
    .optional(),
  email: z
    .strictObject({
      subject: z.string().min(1),
      listId: z.string().min(1),
      unsubscribeMailto: z.string().min(1),
      unsubscribeUrl: z.url({ protocol: /^https$/ }),
      /** On a day with nothing new, send a short note instead of nothing (default false). */
      sendEmpty: z.boolean(),
      /** SMTP connect, greeting and answer timeout, ms (default 30000); past it after a whole message, the outcome is unknown. */
      timeoutMs: bounded(LIMITS.timeoutMs),
      /** Send attempts per recipient (default 4). */
      attempts: bounded(LIMITS.attempts),
      /** First wait between send attempts, ms (default 5000). */
      retryDelayMs: bounded(LIMITS.retryDelayMs),
    })
    .partial()
    .optional(),
});

/** The config file as validated. */
export type Config = z.infer<typeof configSchema>;
