/**
 * The shipped knowledge-base format (see README.md beside this folder): the contract
 * between `npm run build:kb` and the actor stage. Kept here, with the build, until the
 * actor stage adopts it into pipeline/types.ts.
 */

/** What an entry is. States are not entries: they keep their ISO alpha-3 ids. */
export const KB_KINDS = ['person', 'organisation', 'group', 'place'] as const;

/** One of KB_KINDS. */
export type KbKind = (typeof KB_KINDS)[number];

/** An office or membership, with dates when the source gives them. */
export interface KbAffiliation {
  /** A state alpha-3 (`GBR`) or the id of another entry (`party:gbr-labour`). */
  readonly id: string;
  /** Lowercase office as news writes it ("prime minister", "senator"). */
  readonly role?: string;
  /** Start, `YYYY-MM-DD` or `YYYY`; absent when unknown. */
  readonly from?: string;
  /** End, `YYYY-MM-DD` or `YYYY`; absent while ongoing. */
  readonly to?: string;
}

/** One actor the stage may recognise. */
export interface KbEntry {
  /** Stable slug with a prefix saying what it is (`person:gordon-brown`, `party:gbr-labour`). */
  readonly id: string;
  /** What it is. */
  readonly kind: KbKind;
  /** party | company | international | institution | central-bank | armed-group | subdivision | city | ... */
  readonly category?: string;
  /** Display name, as news writes it. */
  readonly name: string;
  /** Other names, in the case they appear in text. */
  readonly aliases?: readonly string[];
  /** Other names that are also common words ("Congress", "Shell"): the stage needs context for them. */
  readonly ambiguousAliases?: readonly string[];
  /** Home state (alpha-3); for places, the state they belong to. */
  readonly state?: string;
  /** Offices and memberships (persons), parent bodies (organisations). */
  readonly affiliations?: readonly KbAffiliation[];
  /** A sources.json id. */
  readonly source: string;
}

/** Where entries come from. */
export interface KbSource {
  /** Referenced by KbEntry.source. */
  readonly id: string;
  /** Human name of the data set. */
  readonly name: string;
  /** Where it lives. */
  readonly url: string;
  /** Licence name (SPDX id where there is one). */
  readonly licence: string;
  /** Licence text. */
  readonly licenceUrl: string;
  /** Commit of the snapshot read, package version, or "curated". */
  readonly retrieved: string;
  /** What we take from it. */
  readonly note: string;
}

/** An entry being assembled from one or more sources; `finishEntry` turns it into a KbEntry. */
export interface EntryDraft {
  id: string;
  kind: KbKind;
  category?: string;
  name: string;
  aliases: Set<string>;
  ambiguousAliases: Set<string>;
  state?: string;
  affiliations: KbAffiliation[];
  source: string;
}
