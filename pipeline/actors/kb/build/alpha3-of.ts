import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Maps ISO 3166-1 alpha-2 codes to the alpha-3 ids states keep everywhere (world-countries). */
export function alpha3Of(): ReadonlyMap<string, string> {
  const countries = require('world-countries') as { cca2: string; cca3: string }[];
  return new Map(countries.map((c) => [c.cca2, c.cca3]));
}
