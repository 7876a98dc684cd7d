import type { AliasTrie } from '../registry/alias-trie.js';
import { filterAmbiguous } from './filter-ambiguous.js';
import { findActorMentions } from './find-actor-mentions.js';
import { findOrganisationNames } from './find-organisation-names.js';
import { findPersonMentions } from './find-person-mentions.js';
import { placeFromContext } from './place-from-context.js';
import type { Lexicon } from '../registry/lexicon.js';
import type { Registry } from '../registry/load-registry.js';
import type { ActorMention, PersonMention, Token } from '../model.js';
import { tokenise } from './tokenise.js';

/** One sentence of a story, read. */
export interface ScannedSentence {
  readonly tokens: readonly Token[];
  readonly actors: readonly ActorMention[];
  /** Persons named in full (surnames alone come later). */
  readonly persons: readonly PersonMention[];
  /** Organisations introduced by a describing noun or a legal suffix ("carrier Ryanair", "Alstom SA"). */
  readonly organisations: readonly string[];
}

/**
 * Tokens, actor mentions and full-name persons of each sentence of one story.
 * Ambiguous aliases are judged against the whole story; an actor name inside a
 * person's name ("Jordan" in "Michael Jordan") yields to the person.
 */
export function scanSentences(title: string, sentences: readonly string[], text: string, registry: Registry, lexicon: Lexicon, extra?: AliasTrie): ScannedSentence[] {
  const tokens = [title, ...sentences].map(tokenise);
  const raw = tokens.map((t) => findActorMentions(t, registry, lexicon, extra));
  const actors = filterAmbiguous(raw, `${title}\n${text}`, registry);
  const scanned = tokens.map((t, i): ScannedSentence => {
    const mentions = actors[i] ?? [];
    const persons = findPersonMentions(t, mentions, registry, lexicon);
    const kept = mentions.filter((m) => !persons.some((p) => m.start < p.nameEnd && m.end > p.nameStart));
    return { tokens: t, actors: kept, persons, organisations: findOrganisationNames(t, kept, persons, lexicon) };
  });
  // The headline is read only as context for placing persons (step 2 of placeFromContext).
  const [headline, ...body] = scanned;
  return placeFromContext(body, headline ? [headline, ...body.slice(0, 1)] : body.slice(0, 1), registry, lexicon);
}
