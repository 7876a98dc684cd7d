/**
 * The development set's gold, as the scorer uses it once `loadGold` has checked
 * the files and expanded the `@key` names (schema: test/eval/README.md).
 */

/** Where an actor or a person may be placed: a state by ISO alpha-3, or an organisation by the names it may fairly carry. */
export type Designation = { readonly state: string } | { readonly names: readonly string[] };

/** One accepted placement; several designations mean any one of them will do. */
export type AnyOf = readonly Designation[];

/** A person who acts or speaks in an article. */
export interface GoldPerson {
  /** Canonical name ("Gordon Brown"). */
  readonly name: string;
  /** Every name the person may be listed under, the canonical one included. */
  readonly names: readonly string[];
  readonly role?: string;
  /** Placements the digest must give (each counts once for recall). */
  readonly affiliations: readonly AnyOf[];
  /** Further placements that are not wrong (precision only). */
  readonly acceptable: readonly Designation[];
}

/** A point an analyst wants from the article. */
export interface GoldPoint {
  /** Actors it may sit under; empty means the person's placements (or the person as an actor). */
  readonly actor: AnyOf;
  /** Canonical name of the speaker or agent, when a person. */
  readonly person?: string;
  /** Each entry must occur in the point's text; an entry holds alternatives split on "|". */
  readonly keys: readonly (readonly string[])[];
}

/** A BASIL main entity (from the data set's `main-entities`) and the names that find it. */
export interface GoldMainEntity {
  readonly name: string;
  readonly match: AnyOf;
}

/** Gold for one article. */
export interface GoldArticle {
  readonly id: string;
  readonly set: 'tune' | 'holdout';
  readonly source: 'bbc' | 'basil';
  readonly persons: readonly GoldPerson[];
  readonly points: readonly GoldPoint[];
  /** Parties, governments, companies and institutions that must appear as actors. */
  readonly actors: readonly AnyOf[];
  /** Groups of names of one entity: two digest entities named from one group are a split. */
  readonly sameEntity: readonly (readonly string[])[];
  /** Names that must never be an actor of this article (fragments, titles, common words, works, places). */
  readonly notActors: readonly string[];
  readonly mainEntities: readonly GoldMainEntity[];
  /** Opening words of the reader comments appended to the article, if any. */
  readonly commentsStart?: string;
}

/** One BASIL event: its three articles are one story. */
export interface GoldEvent {
  readonly id: string;
  readonly triplet: string;
  readonly event: string;
  readonly articles: readonly string[];
}

/** A manual verdict on whether a point stands alone, overriding the automatic proxy. */
export interface Judgement {
  readonly text: string;
  readonly standsAlone: boolean;
  readonly why: string;
}

/** Everything the scorer reads from test/fixtures/eval. */
export interface Gold {
  readonly seed: number;
  readonly articles: ReadonlyMap<string, GoldArticle>;
  readonly events: readonly GoldEvent[];
  /** Names that are never an actor anywhere (titles, roles, common words). */
  readonly forbidden: readonly string[];
  readonly judgements: readonly Judgement[];
  /** Article ids of each part, by source. */
  readonly parts: Readonly<Record<'tune' | 'holdout', { readonly bbc: readonly string[]; readonly basil: readonly string[] }>>;
}
