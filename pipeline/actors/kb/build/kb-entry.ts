/**
 * The build's side of the knowledge-base format (see README.md beside this
 * folder). The shipped entries' types are the contract with the actor stage
 * and live in pipeline/types.ts; they are re-exported here so the build reads
 * them from one place. KbSource and EntryDraft are the build's own.
 */
import type { KbAffiliation, KbKind } from '../../../types.js';

export { KB_KINDS, type KbAffiliation, type KbEntry, type KbKind } from '../../../types.js';

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
