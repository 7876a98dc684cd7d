import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageUrl } from '../../runtime/package-url.js';
import { KB_KINDS, type KbEntry } from '../../types.js';

/** The shipped files, one per category, as `npm run build:kb` writes them. */
export const KB_FILES = ['places', 'parties', 'organisations', 'companies', 'groups', 'persons'] as const;

/** The knowledge base as the registry reads it. */
export interface KnowledgeBase {
  /** Every entry of every file, in file order. */
  readonly entries: readonly KbEntry[];
  /** Variant groups of given names: each a folded name with its nicknames and variants ("james", "jim", "jimmy"). */
  readonly givenVariants: readonly (readonly string[])[];
}

/** A knowledge-base file that is missing or corrupt: the run cannot place anyone without it. */
export class KnowledgeBaseError extends Error {
  override readonly name = 'KnowledgeBaseError';
}

/**
 * The shipped files, found from the repository root rather than from this
 * module: compiled, this code sits in a bundle under `.build/`, where no `kb/`
 * is beside it (see pipeline/runtime/package-url.ts).
 */
const DEFAULT_DIR = fileURLToPath(packageUrl('pipeline/actors/kb/'));
const kinds = new Set<string>(KB_KINDS);
const cache = new Map<string, KnowledgeBase>();

/**
 * Reads the knowledge base once per folder. A file that is missing, is not
 * JSON, or holds an entry without an id, a known kind, a name and a source
 * throws a KnowledgeBaseError naming the file: an empty registry would brief
 * real news silently wrong.
 */
export function loadKnowledgeBase(dir: string = DEFAULT_DIR): KnowledgeBase {
  let kb = cache.get(dir);
  if (!kb) {
    kb = { entries: KB_FILES.flatMap((name) => readEntries(dir, name)), givenVariants: readVariants(dir) };
    cache.set(dir, kb);
  }
  return kb;
}

/** Every file of the knowledge base, as bytes, in a fixed order: what the registry snapshot is checked against. */
export function knowledgeBaseBytes(dir: string = DEFAULT_DIR): Buffer[] {
  return [...KB_FILES, 'given-names'].map((name) => readBytes(dir, name));
}

/** The given-name variants alone (the lexicon's), without reading the rest of the knowledge base. */
export function loadGivenVariants(dir: string = DEFAULT_DIR): readonly (readonly string[])[] {
  let variants = variantsCache.get(dir);
  if (!variants) {
    variants = cache.get(dir)?.givenVariants ?? readVariants(dir);
    variantsCache.set(dir, variants);
  }
  return variants;
}

const variantsCache = new Map<string, readonly (readonly string[])[]>();

function readBytes(dir: string, name: string): Buffer {
  try {
    return readFileSync(join(dir, `${name}.json`));
  } catch (error) {
    throw new KnowledgeBaseError(`Cannot load the knowledge base: pipeline/actors/kb/${name}.json cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); rebuild it with npm run build:kb`);
  }
}

function readJson(dir: string, name: string): unknown {
  const text = readBytes(dir, name).toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new KnowledgeBaseError(`Cannot load the knowledge base: pipeline/actors/kb/${name}.json is not valid JSON (${(error as Error).message}); rebuild it with npm run build:kb`);
  }
}

function readEntries(dir: string, name: string): KbEntry[] {
  const data = readJson(dir, name) as { entries?: unknown };
  if (!Array.isArray(data?.entries)) throw new KnowledgeBaseError(`Cannot load the knowledge base: pipeline/actors/kb/${name}.json has no "entries" list`);
  for (const [i, entry] of (data.entries as unknown[]).entries()) {
    const e = entry as Partial<KbEntry> | null;
    if (!e || typeof e.id !== 'string' || typeof e.name !== 'string' || typeof e.source !== 'string' || !kinds.has(String(e.kind))) {
      throw new KnowledgeBaseError(`Cannot load the knowledge base: pipeline/actors/kb/${name}.json entry ${i} lacks an id, a known kind, a name or a source`);
    }
  }
  return data.entries as KbEntry[];
}

/** `{ "variants": { "james": ["jim", "jimmy"] } }` as groups: a name with its variants. */
function readVariants(dir: string): string[][] {
  const data = readJson(dir, 'given-names') as { variants?: Record<string, unknown> };
  if (typeof data?.variants !== 'object' || data.variants === null) throw new KnowledgeBaseError('Cannot load the knowledge base: pipeline/actors/kb/given-names.json has no "variants" table');
  return Object.entries(data.variants).map(([name, variants]) => [name, ...(Array.isArray(variants) ? variants.filter((v): v is string => typeof v === 'string') : [])]);
}
