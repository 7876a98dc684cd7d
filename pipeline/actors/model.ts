/**
 * Internal shapes of the actor stage (not part of the contract in ../types.ts).
 */
import type { ActorKind, KbAffiliation } from '../types.js';

/** How an alias refers to its actor; decides whether it can be an agent. */
export type AliasForm = 'name' | 'capital' | 'demonym' | 'plural' | 'institution' | 'blocker' | 'place' | 'cue';

/** The parts of a story the passes read. */
export interface StoryText {
  readonly title: string;
  readonly sentences: readonly string[];
  readonly text: string;
  /** The day the knowledge base is read at: the article's published date, else the digest date (`YYYY-MM-DD`). */
  readonly date?: string;
  /** The publisher, when ingest found one ("BBC News", "nyt"). */
  readonly source?: string;
  /** The article's URL, when known: its host can tell the publisher's country. */
  readonly url?: string;
}

/** One token of a sentence. */
export interface Token {
  /** The text as written. */
  readonly raw: string;
  /** Folded form (see fold.ts); for "U.S." it is "u.s.". */
  readonly norm: string;
  /** Starts with an uppercase letter. */
  readonly cap: boolean;
  /** All uppercase, two letters or more, or dotted initials ("U.N."): an acronym. */
  readonly upper: boolean;
  /** Written with no space before it (hyphen compounds, possessives). */
  readonly glue: boolean;
  /** Inside quotation marks. */
  quoted: boolean;
  /** The folded form without dots ("u.s." -> "us"): the alias trie's key. */
  readonly bare: string;
}

/** An actor known to the registry. */
export interface ActorDef {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  /** What sort of organisation or group: party, company, international, institution, armed-group ... */
  readonly category?: string;
  /** Home state (alpha-3) of a party, company or national body. */
  readonly state?: string;
  readonly affiliation?: string;
  readonly role?: string;
  /** The body an organisation belongs to, from the knowledge base ("org:rnc" -> the Republican Party). */
  readonly parent?: string;
}

/** What an alias resolves to. */
export interface AliasTarget {
  readonly actorId: string;
  readonly form: AliasForm;
  /** The alias is in data/ambiguous.json and needs the article to confirm it. */
  readonly ambiguous?: boolean;
  /** A knowledge-base alias that is also a common word ("Shell", "Respect"): the article must name the entity otherwise too. */
  readonly confirm?: boolean;
}

/** A registry person, with the keys used to match name variants. */
export interface PersonDef {
  readonly id: string;
  readonly name: string;
  /** A fixed affiliation (the user's config, or curated data); the knowledge base gives dated ones instead. */
  readonly affiliation?: string;
  readonly role?: string;
  /** Offices and memberships with dates, from the knowledge base. */
  readonly affiliations: readonly KbAffiliation[];
  /** Given names, folded (see split-name.ts). */
  readonly given: readonly string[];
  /** Skeleton of the surname (with a patronymic particle: "bin slmn"). */
  readonly surname: string;
  /** Other full names (nicknames, other spellings) as written. */
  readonly aliases: readonly string[];
}

/** An actor named in a sentence. */
export interface ActorMention {
  /** First token. */
  readonly start: number;
  /** One past the last token (institution nouns included: "Russian defence ministry"). */
  end: number;
  readonly actorId: string;
  readonly form: AliasForm;
  /** The alias as written ("Kremlin", "Russian Federation"). */
  readonly surface: string;
  /** The alias needs the article to confirm it ("Georgia", "Jordan"). */
  readonly ambiguous: boolean;
  /** A knowledge-base alias that is also a common word ("Shell"): it stands only where the article names the actor otherwise too. */
  readonly confirm?: boolean;
  /** Whether this phrase can be the subject of a clause (not a modifier like "Tehran's programme"). */
  agentive: boolean;
  /** For "the Russian foreign minister" (a title with no name): the role words, to find who is meant. */
  role?: string;
  /** A place of the same name ("Washington", "Georgia"), which the words are when the actor reading is dropped. */
  place?: string;
  /** Other actors of the same name ("Conservative": the UK's party, Honduras's), tried in order when this one is dropped. */
  alternatives?: readonly AliasTarget[];
}

/** A person named in a sentence, with what the text says about them. */
export interface PersonMention {
  /** First token of the title phrase before the name, or of the name. */
  readonly start: number;
  /** First token of the name. */
  readonly nameStart: number;
  /** One past the name (and apposition, when one follows). */
  readonly end: number;
  /** One past the name itself. */
  readonly nameEnd: number;
  /** The name as written. */
  readonly name: string;
  /** Given names, folded (empty for a surname alone). */
  readonly given: readonly string[];
  /** Surname skeleton. */
  readonly surname: string;
  /** Affiliation read from the text, when it gives one. */
  readonly affiliation?: string;
  /** A discovered organisation named as the affiliation ("Siemens chief executive"). */
  readonly organisation?: string;
  /** A party the text gives besides the affiliation ("Sen. Chuck Schumer, D-N.Y."). */
  readonly party?: string;
  /** Role read from the text. */
  readonly role?: string;
  /** True when found by a title, a given name, or the registry; false for a surname alone. */
  readonly full: boolean;
  /** The story's home state, when its evidence is clear (see scan/find-home-state.ts). */
  readonly home?: string;
  /** The story's date (`YYYY-MM-DD`): the knowledge base is read at it. */
  readonly date?: string;
  /** Whether the story is about politics (its words, or a party, legislature or ministry it names): only then is a legislator of the knowledge base named by name alone. */
  readonly political?: boolean;
  /** For a title that names no actor ("Chancellor Gordon Brown"): the home state the office belongs to. */
  readonly office?: string;
}

/** Who a participant of a clause is. */
export type ParticipantRef =
  | { readonly type: 'actor'; readonly actorId: string }
  | { readonly type: 'person'; readonly personId: string }
  | { readonly type: 'pronoun' }
  /** "the minister": the person with that role named last. */
  | { readonly type: 'role'; readonly role: string }
  /** "the company": the organisation named last. */
  | { readonly type: 'organisation' };

/** A phrase that can be the subject or object of a clause. */
export interface Participant {
  readonly start: number;
  readonly end: number;
  readonly ref: ParticipantRef;
  /** False for modifiers ("Tehran's programme", "a Russian newspaper", "Putin's initiative"). */
  readonly agentive: boolean;
  /** For an actor named by a title without a name ("the Russian foreign minister"): the role words. */
  readonly role?: string;
}

/** A clause's subject group and what it does. */
export interface Clause {
  /** The subject group ("Russia and Iran"). */
  readonly subjects: readonly Participant[];
  /** Lemma of the main verb ("say", "accuse"). */
  readonly lemma: string;
  /** Whether the verb reports speech. */
  readonly speech: boolean;
  /** Lemma of the verb that types an interaction, when one governs the objects. */
  readonly interaction?: string;
  /** Actors the verb acts on ("accused the US"). */
  readonly objects: readonly Participant[];
}
