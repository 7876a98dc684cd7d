import * as en from 'chrono-node/en';

/** A chrono parser in strict mode (no "today", no bare weekdays). */
export type DateParser = Pick<typeof en.strict, 'parse'>;

/**
 * The date parsers matchDate tries, in order. English is always loaded (27 ms); the other
 * languages (about 140 ms more) are added by loadDateLocales only when a page needs them.
 */
export const DATE_PARSERS: DateParser[] = [en.strict];

/** Other languages chrono reads, tried after English. */
const LOCALES = ['de', 'fr', 'es', 'pt', 'it', 'nl', 'ru', 'sv', 'uk'] as const;
let loading: Promise<void> | undefined;

/** Adds the non-English date parsers (once). */
export async function loadDateLocales(): Promise<void> {
  loading ??= (async () => {
    const modules = await Promise.all(LOCALES.map((locale) => import(`chrono-node/${locale}`) as Promise<{ strict?: DateParser }>));
    for (const module of modules) if (module.strict) DATE_PARSERS.push(module.strict);
  })();
  return loading;
}
