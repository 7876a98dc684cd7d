import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from './config-error.js';
import type { Config } from './config-schema.js';

export { ConfigError };

/** Looked for, in this order, when `--config` is not given. */
export const DEFAULT_CONFIG_FILES = ['digest.config.json', 'digest.config.yaml', 'digest.config.yml'] as const;

/**
 * Read and validate the config file. With no explicit file, the first of
 * DEFAULT_CONFIG_FILES present in `cwd` is used, and none at all is fine.
 * The parsers and the schema (yaml, zod) load only when there is a file.
 */
export async function loadConfig(cwd: string, explicit?: string): Promise<{ config: Config; file?: string }> {
  const candidates = explicit ? [explicit] : DEFAULT_CONFIG_FILES;
  for (const candidate of candidates) {
    const file = path.resolve(cwd, candidate);
    let raw: string;
    try {
      raw = await readFile(file, 'utf8');
    } catch (error) {
      if (!explicit && (error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw new ConfigError(`Cannot read config ${candidate}: ${(error as Error).message}`);
    }
    const { parseConfig } = await import('./parse-config.js');
    return { config: parseConfig(raw, candidate), file: candidate };
  }
  return { config: {} };
}
