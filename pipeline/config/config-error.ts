/** A config problem: the CLI prints `message` and exits with the usage code. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}
