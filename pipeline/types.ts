/**
 * The data contracts between stages. A stage imports this file and nothing
 * else of the pipeline: it is the only thing stages share.
 *
 * Flow: ingest -> dedupe -> actors -> render -> deliver, composed in run.ts.
 */

// ---------------------------------------------------------------------------
// Ingest
// ---------------------------------------------------------------------------

/** What kind of source an article came from. */
export const SOURCE_KINDS = ['text', 'markdown', 'html', 'feed', 'url'] as const;
/** What kind of source an article came from. */
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * Why an input produced no article. Closed set; the README documents each.
 * - `empty`: no bytes, or only whitespace.
 * - `binary`: bytes that are not text (NUL bytes, image or archive signatures).
 * - `undecodable`: text in no encoding we can decode without mojibake.
 * - `too-large`: over the size cap (or a feed's items past `maxFeedItems`).
 * - `unparsable`: malformed XML, HTML, JSON or front matter.
 * - `unsupported`: an extension or content type we do not read, or not a regular file (FIFO, socket, device).
 * - `unreachable`: a file or URL that failed (missing, network error, HTTP error, timeout, redirect loop, fetch budget used up).
 * - `not-article`: parsed, but not an article (index, error page, cookie wall, too short, empty feed).
 * - `blocked`: an input we refuse to read: a URL at a private or loopback address not allowed by config,
 *   a symlink leading outside the input roots or into a loop, a path inside the output folder.
 */
export const REJECT_CODES = [
  'empty',
  'binary',
  'undecodable',
  'too-large',
  'unparsable',
  'unsupported',
  'unreachable',
  'not-article',
  'blocked',
] as const;
/** Why an input produced no article. */
export type RejectCode = (typeof REJECT_CODES)[number];

/** A link kept from an article body (Markdown or HTML), for citations. */
export interface ArticleLink {
  /** The link text as it appears in the body. */
  readonly text: string;
  /** The absolute or relative target. */
  readonly url: string;
}

/** One clean article, as ingest kept it. */
export interface Article {
  /** Stable id: a hash of the clean title and text (same article, same id on every machine). */
  readonly id: string;
  /** The input it came from: a file path relative to the working directory, or a URL. */
  readonly path: string;
  /** Which reader produced it. */
  readonly kind: SourceKind;
  /** The headline. Never empty. */
  readonly title: string;
  /** The publisher ("Financial Tribune"), when the source shows it. */
  readonly source?: string;
  /** The canonical URL of the article, when known. */
  readonly url?: string;
  /** Publication date, ISO `YYYY-MM-DD` (or a full ISO timestamp when the source gives a time). */
  readonly published?: string;
  /** The author line, without "By". */
  readonly byline?: string;
  /** BCP 47 language tag, when known. */
  readonly lang?: string;
  /** The clean body: paragraphs separated by a blank line ("\n\n"), furniture removed, nothing else changed. */
  readonly text: string;
  /** Links from the body, in order, when the source had any. */
  readonly links?: readonly ArticleLink[];
}

/** An input that produced no article, and why. */
export interface Rejected {
  /** The input as given: a path or a URL (for a feed item, the item's link or `feed#n`). */
  readonly path: string;
  /** The reason, as a closed code. */
  readonly code: RejectCode;
  /** The reason as a sentence for people ("binary file: found NUL bytes in the first 8 KB"). */
  readonly reason: string;
}

/** The result of reading one input that yields at most one article. */
export type IngestResult =
  | { readonly ok: true; readonly article: Article }
  | { readonly ok: false; readonly rejected: Rejected };

/** What ingest hands on: every article, every rejection, in a deterministic order. */
export interface IngestOutput {
  /** Articles, sorted by path then by position within a multi-article source. */
  readonly articles: readonly Article[];
  /** Rejections, sorted by path. */
  readonly rejected: readonly Rejected[];
  /** How many inputs were looked at (files, URLs, feed items). */
  readonly inputs: number;
}

/** A fetched page as the cache stores it. */
export interface CachedPage {
  /** The URL finally answered (after redirects). */
  readonly url: string;
  /** HTTP status of the final answer. */
  readonly status: number;
  /** The Content-Type header, when sent. */
  readonly contentType?: string;
  /** The body bytes. */
  readonly body: Uint8Array;
  /**
   * Every private or loopback address the page was fetched from (each redirect hop),
   * with its host; empty when there was none. The cache serves the page only while
   * `fetch.allowPrivate` still allows each (by host or by address). A stored page
   * without it predates the record and is fetched again.
   */
  readonly privateAddresses?: readonly PrivateAddress[];
}

/** A private or loopback address a page came from, and the host that resolved to it. */
export interface PrivateAddress {
  /** The host name or IP literal of the URL, lower case, without brackets. */
  readonly host: string;
  /** The IP address connected to. */
  readonly address: string;
}

/** One address a host name resolves to. */
export interface ResolvedAddress {
  /** The IP address, as text. */
  readonly address: string;
  /** 4 or 6. */
  readonly family: 4 | 6;
}

/**
 * Where fetched pages are kept between runs, keyed by the requested URL, so a
 * rerun for the same date reads the same bytes even if the site changed.
 * Provided by run.ts (deliver owns the files); ingest only calls it.
 */
export interface PageCache {
  /** The stored page for this URL, if any. */
  get(url: string): Promise<CachedPage | undefined>;
  /** Store a page for this URL (atomically). */
  put(url: string, page: CachedPage): Promise<void>;
}

/** How URLs are fetched. Every field has a default in ingest. */
export interface FetchOptions {
  /** Per-request timeout, ms (default 15000). */
  readonly timeoutMs?: number;
  /** Body size cap, bytes (default 5 MB). */
  readonly maxBytes?: number;
  /** Attempts per URL, including the first (default 3). */
  readonly attempts?: number;
  /** Requests in flight at once (default 8). */
  readonly concurrency?: number;
  /** Requests in flight per host (default 2). */
  readonly perHost?: number;
  /** Redirects followed before giving up (default 5). */
  readonly maxRedirects?: number;
  /** Hosts or IP literals that may be fetched although they are private or loopback (default none). */
  readonly allowPrivate?: readonly string[];
  /** Fetch the linked page when a feed item carries only a teaser (default true). */
  readonly fullText?: boolean;
  /**
   * Wall-clock time for all fetching in a run, ms, from the first request (default
   * 300000, five minutes: well inside the scheduled workflow's 20-minute limit). When
   * it is up, requests in flight are aborted and every URL not yet fetched, feed items'
   * pages included, is rejected with the reason; what was fetched is kept.
   */
  readonly budgetMs?: number;
}

/** Options for ingest, resolved by the CLI from config and flags. */
export interface IngestOptions {
  /** Resolve relative paths against this folder. */
  readonly cwd: string;
  /** Tool name and version for the User-Agent ("actor-digest/0.1.0"). */
  readonly userAgent: string;
  /** Largest input file read, bytes (default 10 MB). */
  readonly maxFileBytes?: number;
  /** Items read from one feed (default 500); the rest are dropped and the feed is listed as rejected, with the count. */
  readonly maxFeedItems?: number;
  /**
   * Absolute folders never read as input, whatever the sources say: the output folder,
   * so the tool's own digests, index, ledger and cache never come back as news. A named
   * path inside one is rejected; a folder walk or glob passes over it.
   */
  readonly exclude?: readonly string[];
  readonly fetch?: FetchOptions;
  /**
   * Resolves a host name to its addresses (default: the system resolver, every address).
   * Each fetch connects only to an address this returned and the private-address check
   * approved, so a second, different answer (DNS rebinding) is never used. Tests inject one.
   */
  readonly lookup?: (hostname: string) => Promise<readonly ResolvedAddress[]>;
  /** Page cache; without one, nothing is cached. */
  readonly cache?: PageCache;
  /** Refetch URLs even when cached. */
  readonly refresh?: boolean;
  /** Called as inputs finish, for progress display. */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * Worker threads that read local pages (text, Markdown, HTML); 0 reads them in this
   * thread. Default: one per core when there are enough files to repay starting them.
   * The output is the same either way.
   */
  readonly threads?: number;
}

// ---------------------------------------------------------------------------
// Dedupe
// ---------------------------------------------------------------------------

/** A copy of a story that was folded into its canonical article. */
export interface Duplicate {
  /** The duplicate's input path or URL. */
  readonly path: string;
  /** The duplicate's publisher, when known. */
  readonly source?: string;
  /** The duplicate's URL, when known. */
  readonly url?: string;
  /** The duplicate's own article id. */
  readonly articleId: string;
}

/**
 * Whether a story is briefed for the first time, or was briefed on an earlier
 * date and now has new sources or new claims.
 */
export type StoryStatus = 'new' | 'developing';

/**
 * One article as dedupe keeps it: a canonical article plus every copy of it
 * (syndicated copies, re-scrapes, light edits). Articles from other outlets
 * about the same event are other Story values in the same StoryGroup; the
 * JSON and the briefing call that group a "story".
 */
export interface Story {
  /** Citation number, 1-based, used as [n] in every rendering. */
  readonly ref: number;
  /** Fingerprint of the story, stable across days and copies; the ledger key. */
  readonly fingerprint: string;
  /** The canonical (fullest, best-formed) article. */
  readonly article: Article;
  /** Every other copy, sorted by path. */
  readonly duplicates: readonly Duplicate[];
  /** New today, or developing (briefed before, with something new). */
  readonly status: StoryStatus;
  /** The canonical article's sentences, in order, as the sentence splitter found them. */
  readonly sentences: readonly string[];
  /** Id of the StoryGroup (the event) this article belongs to. */
  readonly group: string;
}

/**
 * Articles from different outlets about one event: Story values (each already
 * folded with its copies) joined by their names, salient terms and dates,
 * with linkage that cannot chain. The JSON and the briefing call it a "story".
 */
export interface StoryGroup {
  /**
   * Stable id (16 hex digits): kept from the group an earlier digest briefed
   * when this is its later coverage, else derived from the smallest
   * fingerprint among its members, so it does not depend on input order.
   */
  readonly id: string;
  /** Refs of its articles, ascending; consecutive, since refs are assigned group by group. */
  readonly refs: readonly number[];
  /** Ref of its most central article (the one most like all the others): its headline and lead come from there. */
  readonly centre: number;
  /** Earliest published date among its articles, `YYYY-MM-DD`, when any is dated. */
  readonly firstSeen?: string;
  /** Latest published date among its articles, `YYYY-MM-DD`, when any is dated. */
  readonly lastSeen?: string;
  /** `new`, or `developing`: an earlier digest briefed this event, and today's articles are what is new. */
  readonly status: StoryStatus;
  /** For a developing group: the digest date that first briefed it, `YYYY-MM-DD`. */
  readonly since?: string;
}

/** Where a claim occurs: a sentence of a story. */
export interface ClaimOccurrence {
  /** The story's ref. */
  readonly ref: number;
  /** Index into that story's `sentences`. */
  readonly sentence: number;
}

/** One statement, merged across every story that carries it (same or lightly reworded sentence). */
export interface Claim {
  /** Stable id (hash of the representative text's normalised form). */
  readonly id: string;
  /** The representative wording (the one from the lowest ref). */
  readonly text: string;
  /** Every story that carries it, ascending. */
  readonly refs: readonly number[];
  /** How many distinct publishers carry it (at least 1). */
  readonly support: number;
  /** Every occurrence, sorted by ref then sentence. */
  readonly occurrences: readonly ClaimOccurrence[];
  /** False when an earlier digest already briefed it (only happens in developing stories). */
  readonly fresh: boolean;
}

/** One ledger record: a story briefed on a date. */
export interface LedgerEntry {
  /** The story fingerprint. */
  readonly fingerprint: string;
  /** The digest date that first briefed it, `YYYY-MM-DD`. */
  readonly date: string;
  /** The last digest date that briefed something of it, `YYYY-MM-DD`. */
  readonly lastDate: string;
  /** Title of the canonical article when first briefed, for people reading the file. */
  readonly title: string;
  /** Article ids (canonical and duplicates) seen so far, sorted. */
  readonly articles: readonly string[];
  /** Claim ids briefed so far, sorted. */
  readonly claims: readonly string[];
  /** What each digest date briefed of it, by date: lets a rerun for a date see the ledger as it stood before that date. */
  readonly briefings?: readonly LedgerBriefing[];
}

/** What one digest briefed of a story: kept per date so a rerun for that date reproduces it. */
export interface LedgerBriefing {
  /** The digest date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Article ids (canonical and duplicates) of the story that day, sorted. */
  readonly articles: readonly string[];
  /** Claim ids (normalised-sentence hashes) of the story's sentences that day, sorted. */
  readonly claims: readonly string[];
  /** MinHash sketch of that day's canonical body (hex, 8 digits per value), to recognise a later copy that shares no article id. */
  readonly sketch: string;
  /** Number of word shingles of that canonical body, to estimate containment from the sketch. */
  readonly shingles: number;
  /** The StoryGroup id the story was in that day, so its later coverage continues the group. */
  readonly group?: string;
  /**
   * On the group's centre only: the group's heaviest names and terms, space-separated, to recognise later
   * coverage that is no copy of anything briefed. Each is its key (`#` and the 8 hex digits of a 32-bit hash,
   * dedupe's termKey); ledgers written before hashing hold the terms as text.
   */
  readonly terms?: string;
}

/** What earlier digests briefed. Stored as one file per digest date, `out/ledger/<date>.bin` (earlier versions: `out/ledger.json`). */
export interface Ledger {
  /** Format version of the file. */
  readonly version: 1;
  /** Entries sorted by fingerprint. */
  readonly entries: readonly LedgerEntry[];
}

/** Options for dedupe, resolved by the CLI from config. */
export interface DedupeOptions {
  /** The digest date, `YYYY-MM-DD`: ledger entries of this date or later are ignored, so a rerun reproduces. */
  readonly date: string;
  /** Jaccard similarity of word shingles at or above which two articles are the same story. */
  readonly similarity?: number;
  /** Containment (share of the shorter's shingles found in the longer) at or above which two are the same story. */
  readonly containment?: number;
  /** Similarity at or above which two sentences are the same claim. */
  readonly claimSimilarity?: number;
  /** Days the ledger keeps an entry after its last briefing. */
  readonly retentionDays?: number;
  /**
   * Most days between the earliest and the latest published date in one story
   * group, and between a group's last briefing and coverage that continues it
   * (default 3). Undated articles fit any window but join on stricter evidence.
   */
  readonly groupWindowDays?: number;
}

/** What dedupe hands on. */
export interface DedupeOutput {
  /** Stories to brief today (new and developing), sorted by ref; each group's stories are consecutive. */
  readonly stories: readonly Story[];
  /**
   * The same events across outlets: every story is in exactly one group.
   * Sorted by their first ref; groups carried by more outlets come first.
   */
  readonly groups: readonly StoryGroup[];
  /** Claims over those stories, sorted by first occurrence. */
  readonly claims: readonly Claim[];
  /** The ledger to store after this digest is written. */
  readonly ledger: Ledger;
  /** Number of articles folded into another as duplicates. */
  readonly duplicates: number;
  /** Number of stories left out because an earlier digest briefed them and nothing is new. */
  readonly known: number;
}

// ---------------------------------------------------------------------------
// Actors
// ---------------------------------------------------------------------------

/** What kind of actor. */
export const ACTOR_KINDS = ['state', 'organisation', 'group', 'person'] as const;
/** What kind of actor. */
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** A person placed under a state or group. */
export interface Member {
  /** Person id (slug of the canonical name). */
  readonly id: string;
  /** Canonical name ("Sergei Lavrov"). */
  readonly name: string;
  /** Role as the text gives it ("foreign minister"), else as the knowledge base has it at the article's date. */
  readonly role?: string;
  /**
   * Every actor the person belongs to, the one they are listed under first: their state,
   * their party, their organisation (ids). Absent when the person belongs to none.
   */
  readonly affiliations?: readonly string[];
}

/** One cited point: something an actor said or did. */
export interface Point {
  /** The sentence (or clause) as written. */
  readonly text: string;
  /** Refs of every story that carries it, ascending. */
  readonly refs: readonly number[];
  /** Display name of the speaker or agent when it is a person ("Sergei Lavrov") or the actor itself. */
  readonly speaker?: string;
  /** Number of distinct sources that support it. */
  readonly support: number;
  /** Id of the StoryGroup it belongs to (one point per story before a second: see the actor stage). */
  readonly story?: string;
}

/** One actor's part of the briefing. */
export interface ActorBriefing {
  /** Stable id ("RUS" for states, slugs otherwise). */
  readonly id: string;
  /** Display name ("Russia"). */
  readonly name: string;
  /** State, organisation, group, or a person who belongs to none of them. */
  readonly kind: ActorKind;
  /** For a person or a sub-group: the id of the state or group it belongs to. */
  readonly affiliation?: string;
  /** For a person: every actor they belong to (state, party, organisation ids). */
  readonly affiliations?: readonly string[];
  /** Persons placed under this actor, sorted by prominence. */
  readonly members: readonly Member[];
  /** Names by which the articles referred to it, sorted. */
  readonly aliases: readonly string[];
  /** Refs of the stories that mention it, ascending. */
  readonly articleRefs: readonly number[];
  /** Its points, most important first. Empty for actors that are only mentioned. */
  readonly points: readonly Point[];
  /** How much of the set it drives (0..1); actors are ordered by it. */
  readonly salience: number;
}

/** The type of an interaction between two actors. */
export const INTERACTION_TYPES = ['cooperation', 'conflict'] as const;
/** The type of an interaction between two actors. */
export type InteractionType = (typeof INTERACTION_TYPES)[number];

/** Two actors acting on each other in one clause. */
export interface Interaction {
  /** Actor id (the agent, or the first in alphabetical order when symmetric). */
  readonly a: string;
  /** Actor id (the other one). */
  readonly b: string;
  /** Cooperation or conflict, from the verb. */
  readonly type: InteractionType;
  /** How many clauses say so. */
  readonly count: number;
  /** Refs of the stories, ascending. */
  readonly refs: readonly number[];
}

/** A user's addition to the registry, from the config file. */
export interface RegistryEntry {
  /** Stable id; an existing id overrides that entry's fields. */
  readonly id: string;
  /** Display name. */
  readonly name: string;
  /** Kind of actor. */
  readonly kind: ActorKind;
  /** Other names that resolve to it. */
  readonly aliases?: readonly string[];
  /** For persons and sub-groups: the id they belong to. */
  readonly affiliation?: string;
  /** For persons: their role. */
  readonly role?: string;
}

// ---------------------------------------------------------------------------
// Knowledge base (pipeline/actors/kb/*.json, written by `npm run build:kb`)
// ---------------------------------------------------------------------------

/** What a knowledge-base entry is. States are not entries: they keep their ISO alpha-3 ids. */
export const KB_KINDS = ['person', 'organisation', 'group', 'place'] as const;
/** What a knowledge-base entry is. */
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

/** One entity of the knowledge base. */
export interface KbEntry {
  /** Stable slug with a prefix saying what it is (`person:gordon-brown`, `party:gbr-labour`, `place:us-nj`). */
  readonly id: string;
  /** What it is. */
  readonly kind: KbKind;
  /** party | company | international | institution | central-bank | armed-group | subdivision | city | ... */
  readonly category?: string;
  /** Display name, as news writes it. */
  readonly name: string;
  /** Other names, in the case they appear in text. */
  readonly aliases?: readonly string[];
  /** Other names that are also common words ("Congress", "Shell"): they count only where the article confirms them. */
  readonly ambiguousAliases?: readonly string[];
  /** Home state (alpha-3); for places, the state they belong to. */
  readonly state?: string;
  /** Offices and memberships (persons), parent bodies (organisations). */
  readonly affiliations?: readonly KbAffiliation[];
  /** A sources.json id. */
  readonly source: string;
}

/** Options for the actor stage. */
export interface ActorOptions {
  /** Points per actor (default 5). */
  readonly pointsPerActor?: number;
  /**
   * Points per actor the digest keeps for its JSON (default 40, never fewer than
   * `pointsPerActor`): fewer make a smaller repository over a year of runs. An
   * actor for whom many people speak keeps up to three points per story and
   * voice instead, at most four times this.
   */
  readonly pointsKept?: number;
  /** Registry additions and overrides from config. */
  readonly registry?: readonly RegistryEntry[];
  /**
   * The digest date, `YYYY-MM-DD`: the knowledge base is read at each article's
   * published date, else at this one (who held which office, which party).
   */
  readonly date?: string;
}

/** What the actor stage hands on. */
export interface ActorOutput {
  /** Actors with at least one point, ordered by salience then name. */
  readonly actors: readonly ActorBriefing[];
  /** Actors mentioned but with nothing attributable, ordered by name. */
  readonly mentioned: readonly ActorBriefing[];
  /** Interactions, ordered by count then ids. */
  readonly interactions: readonly Interaction[];
}

// ---------------------------------------------------------------------------
// Digest (the public JSON contract: keep it stable)
// ---------------------------------------------------------------------------

/** A duplicate as the JSON lists it. */
export interface DigestDuplicate {
  readonly path: string;
  readonly source?: string;
  readonly url?: string;
}

/** An article as the digest JSON lists it. */
export interface DigestArticle {
  /** Citation number used as [n]. */
  readonly ref: number;
  readonly id: string;
  readonly title: string;
  readonly source?: string;
  readonly url?: string;
  readonly published?: string;
  readonly byline?: string;
  readonly path: string;
  /** Clean body as ingest kept it (in `<date>.json`, its first paragraph unless `render.articleText` is `full`; the file's `articleText` says which). */
  readonly text: string;
  readonly duplicates: readonly DigestDuplicate[];
  /** New today, or developing. */
  readonly status: StoryStatus;
}

/** An actor as the digest JSON lists it. */
export interface DigestActor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly affiliation?: string;
  /** For a person: every actor they belong to (state, party, organisation ids). */
  readonly affiliations?: readonly string[];
  readonly members: readonly Member[];
  readonly aliases: readonly string[];
  readonly articleRefs: readonly number[];
  readonly points: readonly Point[];
}

/** A story's lead: one sentence taken from its most central article. */
export interface DigestLead {
  /** The sentence as written (never a headline, a dateline, a byline or a caption); empty when the article has none. */
  readonly text: string;
  /** Refs of the articles it is cited to. */
  readonly refs: readonly number[];
}

/**
 * A story: one event as several outlets covered it (a StoryGroup), as the
 * digest JSON lists it. Stories are ranked: by independent outlets, then by
 * the salience of their actors, then by recency.
 */
export interface DigestStory {
  /** The StoryGroup id: stable across days while the event is covered. */
  readonly id: string;
  /** The title of its most central article, on one line. */
  readonly headline: string;
  readonly lead: DigestLead;
  /** Refs of its articles, ascending. */
  readonly articleRefs: readonly number[];
  /** Publishers carrying it (source name, else the URL's host), copies included, sorted. */
  readonly outlets: readonly string[];
  /** Ids of the actors (with points) whose articleRefs include one of its articles, most salient first. */
  readonly actors: readonly string[];
  /** Earliest published date of its articles (`YYYY-MM-DD`), or for a developing story the first digest that briefed it if earlier; absent when nothing is dated. */
  readonly firstSeen?: string;
  /** Latest published date of its articles, `YYYY-MM-DD`; absent when none is dated. */
  readonly lastSeen?: string;
  /** `new`, or `developing`: briefed on an earlier day, and its articles here are what is new. */
  readonly status: StoryStatus;
}

/** An actor named with nothing attributable, as the digest JSON lists it. */
export interface DigestMention {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  /** Refs of the articles that name it, ascending. */
  readonly articleRefs: readonly number[];
  /** Persons placed under it, when any. */
  readonly members?: readonly Member[];
}

/** Counts shown in the digest and the run summary. */
export interface DigestStats {
  /** Inputs looked at (files, URLs, feed items). */
  readonly inputs: number;
  /** Articles briefed (canonical articles; their copies are counted in `duplicates`). */
  readonly articles: number;
  /** Stories: events across outlets (absent in digests written before stories were grouped). */
  readonly stories?: number;
  /** Articles folded into another as duplicates. */
  readonly duplicates: number;
  /** Inputs rejected. */
  readonly rejected: number;
  /** Actors with at least one point. */
  readonly actors: number;
}

/** The whole digest: what every renderer reads. Written as `out/<date>.json`. */
export interface Digest {
  readonly schemaVersion: 1;
  /** The digest date, `YYYY-MM-DD`. */
  readonly date: string;
  /** "actor-digest@x.y.z". */
  readonly generator: string;
  readonly stats: DigestStats;
  /** Stories, by ref. */
  readonly articles: readonly DigestArticle[];
  readonly rejected: readonly { readonly path: string; readonly reason: string }[];
  /** Actors with points, most salient first. */
  readonly actors: readonly DigestActor[];
  /** Actors mentioned with nothing attributable, by name, with the refs of the articles naming them and the persons placed under them. */
  readonly mentioned: readonly DigestMention[];
  readonly interactions: readonly Interaction[];
  /** Stories (events across outlets), ranked; every article is in exactly one. */
  readonly stories: readonly DigestStory[];
}

// ---------------------------------------------------------------------------
// Render
// ---------------------------------------------------------------------------

/** What the digest JSON carries of each article's body: its first paragraph, cut to a few hundred characters, or all of it. */
export const ARTICLE_TEXT = ['excerpt', 'full'] as const;
/** What the digest JSON carries of each article's body. */
export type ArticleText = (typeof ARTICLE_TEXT)[number];

/** Options for rendering, resolved by the CLI. The limits apply to every rendering alike (one plan); the JSON keeps everything. */
export interface RenderOptions {
  /** Where the full Markdown briefing can be read on the web (GitHub), for the email's "read more" link. */
  readonly briefingUrl?: string;
  /** Top stories that open the briefing (default 8); a story from one outlet only when fewer bigger ones exist. */
  readonly topStories?: number;
  /** Actor sections, most salient first (default 12); the rest go to "Also in the news". */
  readonly actorLimit?: number;
  /** Points shown in each of the four leading actor sections (default 5); the next four show three, the rest two, never more than this. */
  readonly pointsPerActor?: number;
  /** Article bodies in the JSON: `excerpt` (default: the first paragraph, at most 400 characters) or `full`. */
  readonly articleText?: ArticleText;
}

/** A top story as the plan shows it. */
export interface PlannedStory {
  /** 1-based rank. */
  readonly rank: number;
  readonly story: DigestStory;
  /** The URL of its most central article, when it has a safe one. */
  readonly url?: string;
  /** The article refs it cites: the central article first, at most a handful. */
  readonly refs: readonly number[];
  /** Its articles not cited (they are in the JSON). */
  readonly moreRefs: number;
}

/** An actor in "Also in the news": past the section cap, or named with nothing attributable. */
export interface PlannedMention {
  readonly name: string;
  /** Stories it appears in. */
  readonly stories: number;
}

/** One entry of the sources list: outlet, date and title, linked, or where the input was. */
export interface PlannedSource {
  readonly ref: number;
  /** The title, on one line (the location when there is none). */
  readonly title: string;
  /** The publisher (source name, else the URL's host). */
  readonly outlet?: string;
  /** Published date, `YYYY-MM-DD`. */
  readonly date?: string;
  /** The article's URL, when safe to follow. */
  readonly url?: string;
  /** Without a URL: the input's path relative to the folder the run started in (or its file name). */
  readonly location?: string;
  /** Copies folded into it: a label (outlet, else location) and a safe URL when there is one. */
  readonly copies: readonly { readonly label: string; readonly url?: string }[];
}

/**
 * What the briefing shows, decided once from the Digest: sections in order,
 * each limited. Markdown, the HTML email and the text part all render this
 * plan, so their sections and limits cannot drift apart.
 */
export interface BriefingPlan {
  readonly date: string;
  readonly generator: string;
  readonly stats: DigestStats;
  /** Number of stories in the digest. */
  readonly storyCount: number;
  /** Opening section, ranked. */
  readonly topStories: readonly PlannedStory[];
  /** Actor sections, most salient first. */
  readonly actors: readonly DigestActor[];
  /** Actors past the cap and actors only mentioned, most stories first. */
  readonly alsoInTheNews: readonly PlannedMention[];
  /** Further "also in the news" actors left to the JSON. */
  readonly alsoHidden: number;
  /** Interactions whose pair acts in at least two stories; empty leaves the section out. */
  readonly interactions: readonly Interaction[];
  /** Sources cited by what the plan shows, by ref. */
  readonly sources: readonly PlannedSource[];
  /** Articles of the digest not in `sources` (listed in the JSON). */
  readonly hiddenSources: number;
  readonly rejected: readonly { readonly path: string; readonly reason: string }[];
  /** Display names by actor id, for affiliations and interactions. */
  readonly names: ReadonlyMap<string, string>;
}

/** One digest in the out/README.md index. */
export interface IndexEntry {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** One-line headline of that digest. */
  readonly headline: string;
  /** Counts. */
  readonly stats: DigestStats;
}

/** The digest in every format. */
export interface RenderedDigest {
  readonly markdown: string;
  readonly html: string;
  readonly text: string;
  /** UTF-8 bytes: a large digest's JSON is longer than a JavaScript string may be. */
  readonly json: Uint8Array;
  /** One-line headline, for the index and the email subject. */
  readonly headline: string;
}

/** What a day with nothing new is known by, for the short note `email.sendEmpty` sends. */
export interface NothingNew {
  /** The run's date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Date of the latest briefing in the output folder, when there is one. */
  readonly since?: string;
  /** Web address of that briefing, when the repository's address is known. */
  readonly briefingUrl?: string;
}

/** The nothing-new note as an email: text and HTML parts and the line the subject uses. */
export interface RenderedNote {
  readonly html: string;
  readonly text: string;
  readonly headline: string;
}

// ---------------------------------------------------------------------------
// Deliver (email)
// ---------------------------------------------------------------------------

/** A DKIM signing key for the digest's domain. */
export interface DkimSettings {
  /** The signing domain (d=), normally the From address's domain. */
  readonly domainName: string;
  /** The selector (s=) under which the public key is published in DNS. */
  readonly keySelector: string;
  /** The private key, PEM. */
  readonly privateKey: string;
}

/** Where and how to reach the SMTP server, parsed from SMTP_URL (nodemailer's SMTP connection options). */
export interface SmtpConnectionOptions {
  /** Host name or IP address. */
  readonly host: string;
  /** TCP port, 1-65535 (default 587 for smtp://, 465 for smtps://). */
  readonly port: number;
  /** TLS from the first byte (smtps://); otherwise STARTTLS when the server offers it. */
  readonly secure: boolean;
  /** Login, from the URL's credentials (percent-decoded). */
  readonly auth?: { readonly user: string; readonly pass: string };
  /** Options for the TLS socket (`?tls.rejectUnauthorized=false`). */
  readonly tls?: Readonly<Record<string, string | number | boolean>>;
  /** Fail unless STARTTLS succeeds. */
  readonly requireTLS?: string | number | boolean;
  /** Never use STARTTLS. */
  readonly ignoreTLS?: string | number | boolean;
  /** Try STARTTLS and go on without it when it fails. */
  readonly opportunisticTLS?: string | number | boolean;
  /** The client's name in EHLO. */
  readonly name?: string | number | boolean;
  /** Preferred authentication method ("PLAIN", "LOGIN"). */
  readonly authMethod?: string | number | boolean;
  /** Local interface to connect from. */
  readonly localAddress?: string | number | boolean;
}

/** Email settings, resolved by the CLI from the environment (DIGEST_FROM, DIGEST_TO, ...) and passed to deliver. */
export interface EmailSettings {
  /** The From address, optionally with a display name ("Actor Digest <digest@example.org>"). */
  readonly from: string;
  /** Recipients, at least one; each gets a message of their own, with only their address in To. */
  readonly to: readonly string[];
  /** Reply-To address, when replies should not go to From. */
  readonly replyTo?: string;
  /** RFC 2919 list identifier ("actor-digest.example.org"); default `actor-digest.<From domain>`. */
  readonly listId?: string;
  /** Human name shown with the List-Id (default "Actor digest"). */
  readonly listName?: string;
  /** Address that unsubscribes by mail (no "mailto:"); default the From address with subject "unsubscribe". */
  readonly unsubscribeMailto?: string;
  /** HTTPS URL that unsubscribes with one POST (RFC 8058); when set, List-Unsubscribe-Post is sent too. */
  readonly unsubscribeUrl?: string;
  /** Subject template with `{date}`, `{actors}` (top three actor names) and `{headline}`; default "Briefing {date}: {actors}". */
  readonly subjectTemplate?: string;
  /** DKIM signing; the unsubscribe headers are always among the signed ones. */
  readonly dkim?: DkimSettings;
}

/** How a delivery ended. Closed set; the CLI maps each to an exit code. */
export const SEND_STATUSES = ['sent', 'partial', 'skipped-already-sent', 'failed', 'unknown', 'unrecorded', 'preview'] as const;
/**
 * How a delivery ended.
 * - `sent`: every recipient due accepted the message.
 * - `partial`: some accepted, some rejected or never reached.
 * - `skipped-already-sent`: the sent record shows every recipient already has this digest (no `--force`).
 * - `failed`: nobody accepted it (server down, every recipient rejected, bad sent record).
 * - `unknown`: for some recipient the whole message went out and the server's answer never came
 *   (timeout, dropped connection), now or on an earlier run: it may have been delivered, so it is
 *   not sent again without `--force`.
 * - `unrecorded`: the server accepted (or may have accepted) a message but the sent record could not
 *   be written, so a rerun would send it again; sending stopped there.
 * - `preview`: no SMTP settings; the message was written as `<date>.eml` instead.
 */
export type SendStatus = (typeof SEND_STATUSES)[number];

/** What happened for one recipient. */
export interface RecipientResult {
  /** The address (never printed as it is: logs show it masked). */
  readonly recipient: string;
  /**
   * `accepted` by the server this run; `already-sent` on an earlier run (skipped);
   * `rejected` permanently (5xx); `failed` still transient after the last attempt,
   * or not tried because sending stopped; `unknown` when the message was sent in
   * full and no answer came (this run or an earlier one): never retried.
   */
  readonly status: 'accepted' | 'already-sent' | 'rejected' | 'failed' | 'unknown';
  /** The server's answer for this recipient, when it gave one ("550 5.1.1 No such user"), or why there is none. */
  readonly response?: string;
  /** The SMTP reply code of that answer, when there was one. */
  readonly responseCode?: number;
  /** The Message-ID of this recipient's copy, when one was sent. */
  readonly messageId?: string;
}

/** The outcome of delivering one digest by email (or writing its preview). */
export interface SendReport {
  readonly status: SendStatus;
  /** The digest date, `YYYY-MM-DD`. */
  readonly date: string;
  /** The Message-ID of the message without a recipient (the `.eml` preview's); each recipient's copy has its own. */
  readonly messageId: string;
  /** One entry per configured recipient, in settings order (empty for a preview). */
  readonly recipients: readonly RecipientResult[];
  /** Sending attempts made (0 when nothing was sent). */
  readonly attempts: number;
  /** For every status but `sent`, `skipped-already-sent` and `preview`: a sentence with the server's answer, the connection error or the recording error (recipients masked). */
  readonly error?: string;
  /** For `preview`: the `.eml` file written. */
  readonly emlPath?: string;
}
