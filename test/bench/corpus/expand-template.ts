import type { Random } from './create-random.js';

/** Number slots: casualty and price counts in the low hundreds read like wire copy. */
const NUM_RANGE = [2, 900] as const;
/** Year slots: recent years, so "since March 2019" reads plausibly. */
const YEAR_RANGE = [2012, 2025] as const;

const SLOT = /\{(\w+)\}/g;

/**
 * Fill every {slot} of a template: a story role first (S1, P1s, T, ...), then NUM
 * and YEAR, then a random word of the named list. The sentence starts upper-case.
 */
export function expandTemplate(
  template: string,
  roles: Readonly<Record<string, string>>,
  lists: Readonly<Record<string, readonly string[]>>,
  random: Random,
): string {
  const text = template.replace(SLOT, (whole, name: string) => {
    const role = roles[name];
    if (role !== undefined) return role;
    if (name === 'NUM') return String(random.between(...NUM_RANGE));
    if (name === 'YEAR') return String(random.between(...YEAR_RANGE));
    const list = lists[name];
    if (list === undefined) throw new Error(`Cannot expand ${whole}: no role or list of that name`);
    return random.pick(list);
  });
  return text.charAt(0).toUpperCase() + text.slice(1);
}
