import type { Lexicon } from '../registry/lexicon.js';
import { nameSkeleton } from './name-skeleton.js';

/** The matching keys of a person's name. */
export interface NameKeys {
  /** Given-name skeletons, in order. */
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
    .map(nameSkeleton)
    .filter((s) => s.length > 0);
  return { given, surname };
}
