import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { generatorVersion } from './corpus/generator-version.js';
import { generateCorpus, MANIFEST_FILE, type CorpusManifest } from './generate-corpus.js';

/** A corpus ready on disk. */
export interface Corpus {
  readonly dir: string;
  readonly manifest: CorpusManifest;
  /** True when an earlier run's corpus was reused. */
  readonly reused: boolean;
  /** Time spent generating, ms (0 when reused). */
  readonly generateMs: number;
}

/**
 * The corpus `<root>/<size>-<seed>/`: reused when its manifest says the same
 * generator, size and seed wrote it; otherwise removed and written again.
 */
export function ensureCorpus(root: string, size: number, seed: string): Corpus {
  const dir = path.join(root, `${size}-${seed}`);
  const manifestPath = path.join(dir, MANIFEST_FILE);
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as CorpusManifest;
    if (manifest.generator === generatorVersion() && manifest.size === size && manifest.seed === seed) {
      return { dir, manifest, reused: true, generateMs: 0 };
    }
  }
  rmSync(dir, { recursive: true, force: true });
  const started = performance.now();
  const manifest = generateCorpus(dir, size, seed);
  return { dir, manifest, reused: false, generateMs: performance.now() - started };
}
