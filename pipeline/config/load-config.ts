import type { Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from './config-error.js';
import type { Config } from './config-schema.js';

export { ConfigError };

/** Looked for, in this order, when `--config` is not given. */
export const DEFAULT_CONFIG_FILES = ['digest.config.json', 'digest.config.yaml', 'digest.config.yml'] as const;

/** Largest config file read, bytes: a registry of a few thousand entries is well under; more is not a config. */
const MAX_CONFIG_BYTES = 16 * 1024 * 1024;

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
      // A FIFO or a device would block the read (or never end): only a regular file is a config.
      const stats = await stat(file);
      if (!stats.isFile()) throw new ConfigError(`Cannot read config ${candidate}: got ${describeKind(stats)}, expected a regular file`);
      if (stats.size > MAX_CONFIG_BYTES) throw new ConfigError(`Cannot read config ${candidate}: got ${stats.size} bytes, expected at most ${MAX_CONFIG_BYTES}`);
      raw = await readFile(file, 'utf8');
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      if (!explicit && (error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw new ConfigError(`Cannot read config ${candidate}: ${(error as Error).message}`);
    }
    const { parseConfig } = await import('./parse-config.js');
    return { config: parseConfig(raw, candidate), file: candidate };
  }
  return { config: {} };
}

function describeKind(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'a special file';
}
