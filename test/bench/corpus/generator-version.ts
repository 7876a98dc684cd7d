import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import countriesPackage from 'world-countries/package.json' with { type: 'json' };

const HERE = path.dirname(fileURLToPath(import.meta.url));

/**
 * A hash of the generator's own sources (this folder, generate-corpus.ts) and of
 * the world-countries version: any change to how the corpus is made changes it,
 * so a stored corpus made by another generator is regenerated, never reused.
 */
export function generatorVersion(): string {
  const hash = createHash('sha256');
  const files = [
    ...readdirSync(HERE)
      .filter((name) => name.endsWith('.ts') || name.endsWith('.json'))
      .sort()
      .map((name) => path.join(HERE, name)),
    path.join(HERE, '..', 'generate-corpus.ts'),
  ];
  for (const file of files) hash.update(path.basename(file)).update('\0').update(readFileSync(file)).update('\0');
  hash.update(countriesPackage.version);
  return hash.digest('hex').slice(0, 16);
}
