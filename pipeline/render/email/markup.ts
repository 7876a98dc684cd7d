/**
 * Markup we built ourselves from templates: the only kind of value a template
 * inserts unescaped. Article data is a plain string and so is always escaped;
 * the brand keeps a string from passing as markup by accident.
 */
export interface Markup {
  readonly markup: string;
  readonly __brand: 'Markup';
}

/** Wrap template output (never article data) as markup. */
export function markup(value: string): Markup {
  return { markup: value, __brand: 'Markup' };
}
