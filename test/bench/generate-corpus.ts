import { mkdirSync, writeFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { composeStory } from './corpus/compose-story.js';
import { createRandom } from './corpus/create-random.js';
import { dressPage } from './corpus/dress-page.js';
import { generatorVersion } from './corpus/generator-version.js';
import { loadVocabulary } from './corpus/load-vocabulary.js';
import { makeVariant, VARIANT_KINDS, type VariantKind } from './corpus/make-variant.js';

/** Share of stories that get planted near-duplicates (10 %: enough pairs to measure recall and precision, few enough to leave most stories single). */
export const FAMILY_RATE = 0.1;
/** Variants per planted family, both included. */
export const VARIANTS_PER_FAMILY = [1, 3] as const;
/** Where the articles sit inside a corpus folder; the manifest sits beside it, so ingest never reads it. */
export const ARTICLES_DIR = 'articles';
export const MANIFEST_FILE = 'manifest.json';

/** One planted near-duplicate. */
export interface PlantedVariant {
  /** Path relative to the corpus folder (`articles/004711.txt`). */
  readonly path: string;
  readonly kind: VariantKind;
}

/** A story with planted near-duplicates: every pair inside it is a true duplicate pair. */
export interface PlantedFamily {
  readonly original: string;
  readonly variants: readonly PlantedVariant[];
}

/** What a corpus folder holds; written last, so its presence means the corpus is complete. */
export interface CorpusManifest {
  /** generatorVersion() of the code that wrote it. */
  readonly generator: string;
  readonly seed: string;
  /** Number of article files. */
  readonly size: number;
  /** Number of distinct stories (originals). */
  readonly stories: number;
  /** Total bytes of all article files. */
  readonly bytes: number;
  readonly families: readonly PlantedFamily[];
}

/**
 * Write `size` scraped-text articles under `dir/articles/` and `dir/manifest.json`.
 * Deterministic for a seed. Streams: one story is in memory at a time, so 100,000
 * articles (about 0.5 GB) need no more memory than ten.
 */
export function generateCorpus(dir: string, size: number, seed: string): CorpusManifest {
  const vocabulary = loadVocabulary();
  const plan = planFamilies(size, seed);
  const names = shuffledNames(size, seed);
  const articles = path.join(dir, ARTICLES_DIR);
  mkdirSync(articles, { recursive: true });
  const families: PlantedFamily[] = [];
  let next = 0;
  let bytes = 0;
  const write = (text: string): string => {
    const name = `${ARTICLES_DIR}/${names[next++]}`;
    writeFileSync(path.join(dir, name), text);
    bytes += Buffer.byteLength(text);
    return name;
  };
  plan.forEach((kinds, index) => {
    const story = composeStory(createRandom(`${seed}:story:${index}`), vocabulary);
    const page = dressPage(story, createRandom(`${seed}:site:${index}:0`), vocabulary);
    const original = write(page);
    if (kinds.length === 0) return;
    const variants = kinds.map((kind, v) => {
      const random = createRandom(`${seed}:variant:${index}:${v + 1}`);
      const text = kind === 'copy' ? page : dressPage(makeVariant(story, kind, random, vocabulary), random, vocabulary);
      return { path: write(text), kind };
    });
    families.push({ original, variants });
  });
  const manifest: CorpusManifest = { generator: generatorVersion(), seed, size, stories: plan.length, bytes, families };
  const file = path.join(dir, MANIFEST_FILE);
  writeFileSync(`${file}.tmp`, `${JSON.stringify(manifest)}\n`);
  renameSync(`${file}.tmp`, file);
  return manifest;
}

/** Per story, the kinds of its variants (mostly none), until the stories and variants make `size` files. */
function planFamilies(size: number, seed: string): VariantKind[][] {
  const random = createRandom(`${seed}:plan`);
  const plan: VariantKind[][] = [];
  let files = 0;
  while (files < size) {
    const room = size - files - 1;
    const wanted = random.chance(FAMILY_RATE) ? random.between(...VARIANTS_PER_FAMILY) : 0;
    const kinds = [...VARIANT_KINDS];
    for (let i = kinds.length - 1; i > 0; i--) {
      const j = random.int(i + 1);
      [kinds[i], kinds[j]] = [kinds[j]!, kinds[i]!];
    }
    const chosen = kinds.slice(0, Math.min(wanted, room));
    plan.push(chosen);
    files += 1 + chosen.length;
  }
  return plan;
}

/** File names in a seeded random order, so a family's files are not neighbours in a listing. */
function shuffledNames(size: number, seed: string): string[] {
  const random = createRandom(`${seed}:names`);
  const order = Array.from({ length: size }, (_, i) => i);
  for (let i = size - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const width = Math.max(6, String(size - 1).length);
  return order.map((n) => `${String(n).padStart(width, '0')}.txt`);
}
