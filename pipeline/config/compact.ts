/** Optional keys, each either present with a value or absent (never present as `undefined`). */
export type Compact<T> = { [K in keyof T]?: Exclude<T[K], undefined> };

/**
 * Drop keys whose value is undefined. The schema's output allows `key: undefined`;
 * the stage options (exactOptionalPropertyTypes) do not, and an explicit
 * undefined would also defeat a stage's `?? default`.
 */
export function compact<T extends object>(value: T | undefined): Compact<T> {
  if (value === undefined) return {};
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Compact<T>;
}
