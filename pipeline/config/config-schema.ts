import { z } from 'zod';
import { ACTOR_KINDS, ARTICLE_TEXT } from '../types.js';

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
      timeoutMs: z.number().int().positive(),
      maxBytes: z.number().int().positive(),
      attempts: z.number().int().min(1).max(10),
      concurrency: z.number().int().min(1).max(64),
      perHost: z.number().int().min(1).max(16),
      maxRedirects: z.number().int().min(0).max(20),
      allowPrivate: z.array(z.string().min(1)),
      fullText: z.boolean(),
    })
    .partial()
    .optional(),
  /** Largest input file read, bytes. */
  maxFileBytes: z.number().int().positive().optional(),
  dedupe: z
    .strictObject({
      similarity: share,
      containment: share,
      claimSimilarity: share,
      retentionDays: z.number().int().min(1),
    })
    .partial()
    .optional(),
  actors: z
    .strictObject({
      pointsPerActor: z.number().int().min(1).max(50),
      registry: z.array(registryEntry),
    })
    .partial()
    .optional(),
  render: z
    .strictObject({
      /** Web address of the repository (for "read the full briefing" links). */
      repositoryUrl: z.url({ protocol: /^https?$/ }),
      emailActorLimit: z.number().int().min(1),
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
    })
    .partial()
    .optional(),
});

/** The config file as validated. */
export type Config = z.infer<typeof configSchema>;
