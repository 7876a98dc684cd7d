import type { PlannedSource } from '../../types.js';

/** "Financial Tribune, 2017-11-26": the outlet and the date of a source, what is known of them. */
export function sourceMeta(source: PlannedSource): string {
  return [source.outlet, source.date].filter((part): part is string => part !== undefined && part !== '').join(', ');
}
