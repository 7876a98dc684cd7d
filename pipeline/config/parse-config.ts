import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { ConfigError } from './config-error.js';
import { configSchema, type Config } from './config-schema.js';

/** Parse config text (JSON, or YAML by extension) and validate it, naming the file and field on error. */
export function parseConfig(raw: string, name: string): Config {
  let data: unknown;
  try {
    data = /\.ya?ml$/i.test(name) ? parseYaml(raw) : JSON.parse(raw);
  } catch (error) {
    throw new ConfigError(`Cannot parse config ${name}: ${(error as Error).message}`);
  }
  const result = configSchema.safeParse(data ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  - ${describeIssue(issue)}`);
  throw new ConfigError(`Invalid config ${name}:\n${problems.join('\n')}`);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
  if (issue.code === 'unrecognized_keys') {
    const where = issue.path.length > 0 ? ` in ${field}` : '';
    return `unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')}${where}`;
  }
  return `field ${field}: ${issue.message.replace(/^Invalid input: /, '')}`;
}
