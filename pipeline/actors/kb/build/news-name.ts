// Wikipedia article titles carry a disambiguation in brackets ("John Edwards (Kentucky politician)").
const DISAMBIGUATION = /\s*\([^)]*\)$/;
// Generational suffixes a title may end with after the surname.
const SUFFIX = '(,? (Jr\\.|Sr\\.|II|III|IV))?';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The name news uses for a legislator, taken from the title of their English Wikipedia
 * article ("Dick Durbin" for Richard J. Durbin, "Chris Dodd" for Christopher J. Dodd):
 * the title without its disambiguation, when it is a given name (or more) before the
 * surname the source records. Otherwise undefined, and the source's own names stand.
 */
export function newsName(title: string | undefined, surname: string): string | undefined {
  const name = (title ?? '').replace(DISAMBIGUATION, '').trim();
  if (!surname || name.split(' ').length < 2) return undefined;
  return new RegExp(`\\s${escape(surname)}${SUFFIX}$`).test(name) ? name : undefined;
}
