import type { Lexicon } from '../registry/lexicon.js';
import { fold } from './fold.js';
import { nameSkeleton } from './name-skeleton.js';

const NON_LETTERS = /[^a-z]/g;

/** The matching keys of a person's name. */
export interface NameKeys {
  /** Given names, folded (lowercase, no diacritics, letters only), in order; compared through their skeletons and variants. */
  readonly given: string[];
  /** Surname skeleton; a patronymic particle stays ("bin slmn"), "al-" goes ("Assad" = "al-Assad"). */
  readonly surname: string;
}

/**
 * Splits a name's words into given names and surname. Particles ("al", "de",
 * "von") are dropped, except patronymics ("bin Salman" is not "Salman").
 */
export function splitName(words: readonly string[], lexicon: Lexicon): NameKeys {
  const parts = words.filter((w) => w !== '-' && w.length > 0);
  const last = parts.length - 1;
  if (last < 0) return { given: [], surname: '' };
  let surname = nameSkeleton(parts[last] ?? '');
  let givenEnd = last;
  const before = parts[last - 1]?.toLowerCase();
  if (before !== undefined && lexicon.patronymics.has(before) && last >= 2) {
    surname = `${before} ${surname}`;
    givenEnd = last - 1;
  }
  const given = parts
    .slice(0, givenEnd)
    .filter((w) => !lexicon.particles.has(w.toLowerCase()))
    .map((w) => fold(w).replace(NON_LETTERS, ''))
    .filter((s) => s.length > 0);
  return { given, surname };
}
