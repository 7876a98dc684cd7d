/** Whether a name is written in capitals, two or more, with digits, dots or "&" ("MGM", "NOW", "AT&T", "3M"). */
export function isAcronym(name: string): boolean {
  return ACRONYM.test(name);
}

const ACRONYM = /^[\p{Lu}\d&.]{2,}$/u;
