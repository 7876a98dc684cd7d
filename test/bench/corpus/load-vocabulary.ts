import worldCountries, { type Countries } from 'world-countries';
import vocabulary from './vocabulary.json' with { type: 'json' };

/** A state as articles name it. */
export interface State {
  readonly name: string;
  readonly demonym: string;
  readonly capital: string;
}

/** Word lists by name (the slots of the templates), plus the states. */
export interface Vocabulary {
  readonly lists: Readonly<Record<string, readonly string[]>>;
  readonly states: readonly State[];
  readonly templates: typeof vocabulary.templates;
  readonly sites: typeof vocabulary.sites;
}

let cached: Vocabulary | undefined;

/** The generator's vocabulary: vocabulary.json plus every independent state of world-countries with a demonym and a capital. */
export function loadVocabulary(): Vocabulary {
  if (cached) return cached;
  const states = (worldCountries as unknown as Countries)
    .flatMap((country) => {
      const demonym = country.demonyms.eng?.m;
      const capital = country.capital[0];
      return country.independent && demonym && capital ? [{ name: country.name.common, demonym, capital }] : [];
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const { templates, sites, $comment: _comment, ...lists } = vocabulary;
  cached = { lists, states, templates, sites };
  return cached;
}
