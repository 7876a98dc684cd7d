import type { ActorOptions, ActorOutput, Claim, Story } from '../types.js';
import { buildBriefings } from './build-briefings.js';
import { clusterPersons, type PersonEntity } from './cluster-persons.js';
import { createCandidateCollector } from './collect-candidates.js';
import { discoverOrganisations } from './discover-organisations.js';
import { loadLexicon } from './lexicon.js';
import { loadRegistry } from './load-registry.js';
import type { ActorDef } from './model.js';
import { readStory } from './read-story.js';
import { scanSentences, type ScannedSentence } from './scan-sentences.js';

/** Points per actor when the options give none (issue 6: "default 5"). */
const DEFAULT_POINTS_PER_ACTOR = 5;
/**
 * Most sentences whose scans (tokens, mentions) are kept between the two
 * passes: about 3 KB each, so this caps the cache near 120 MB; larger sets are
 * scanned twice instead (same output, bounded memory).
 */
const SCAN_CACHE_SENTENCES = 40_000;

/**
 * Who said and did what across the stories: actors (states, organisations,
 * groups, and persons who belong to none) with their persons as members,
 * their cited points, and the interactions between them. Pure and
 * deterministic: the same stories, claims and options give the same output.
 *
 * Two passes: the first finds every person named in full, so that the second
 * can resolve surnames alone ("Jubeir said") against the whole set.
 */
export function summariseActors(stories: readonly Story[], claims: readonly Claim[], options: ActorOptions): ActorOutput {
  const limit = options.pointsPerActor ?? DEFAULT_POINTS_PER_ACTOR;
  if (!Number.isInteger(limit) || limit < 1) throw new TypeError(`Cannot summarise actors: got pointsPerActor ${String(limit)}, expected a positive integer`);
  const registry = loadRegistry(options.registry ?? []);
  const lexicon = loadLexicon();
  // Step 1: every person named in full. Scans are kept for reuse in step 2 when the set is small enough.
  const keep = stories.reduce((n, s) => n + s.sentences.length, 0) <= SCAN_CACHE_SENTENCES;
  const scans: (ScannedSentence[] | undefined)[] = [];
  const named: string[] = [];
  const persons = stories.flatMap((s) => {
    let scan = scanSentences(s.article.title, s.sentences, s.article.text, registry, lexicon);
    const introduced = scan.flatMap((x) => x.organisations);
    // A story that introduces an organisation ("rival carrier Ryanair") and has an unplaced titled person is
    // read again knowing the organisation, so that "Its chief executive, X" can be placed under it.
    const unplaced = scan.some((x) => x.persons.some((p) => p.role !== undefined && p.affiliation === undefined && p.organisation === undefined));
    if (introduced.length > 0 && unplaced) scan = scanSentences(s.article.title, s.sentences, s.article.text, registry, lexicon, discoverOrganisations([], introduced, lexicon).trie);
    scans.push(keep ? scan : undefined);
    named.push(...introduced);
    return scan.flatMap((x) => x.persons);
  });
  const discovered = discoverOrganisations(persons, named, lexicon);
  const index = clusterPersons(persons, registry);
  const orgs = new Map([...discovered.byKey.values()].map((d) => [d.id, d]));
  const isOrganisation = (id: string): boolean => (registry.actors.get(id) ?? orgs.get(id))?.kind === 'organisation';
  const actorOf = (p: PersonEntity): string => {
    if (p.affiliation === undefined) return p.id;
    const org = discovered.byKey.get(p.affiliation) ?? orgs.get(p.affiliation);
    if (org) return org.id;
    return registry.actors.has(p.affiliation) ? p.affiliation : p.id;
  };
  // Step 2: who speaks and acts, with surnames resolved against the whole set, story by story. A story
  // naming a discovered organisation is scanned again so that the organisation is found as an actor too.
  const collector = createCandidateCollector(claims, actorOf);
  stories.forEach((s, i) => {
    const cached = scans[i];
    const trie = discovered.trie;
    const reuse = cached && (!trie || !cached.some((x) => x.tokens.some((_, k) => trie.longestAt(x.tokens, k) !== undefined)));
    const scan = reuse ? cached : scanSentences(s.article.title, s.sentences, s.article.text, registry, lexicon, discovered.trie);
    scans[i] = undefined;
    collector.add(s, readStory(scan, index, lexicon, actorOf, isOrganisation));
  });
  const { evidence, interactions } = collector.finish();
  const people = new Map(index.entities.map((p) => [p.id, p]));
  const lookup = (id: string): ActorDef | undefined => {
    const person = people.get(id);
    if (person && actorOf(person) === id) return { id, name: person.name, kind: 'person' };
    return registry.actors.get(id) ?? orgs.get(id);
  };
  return buildBriefings(evidence, interactions, lookup, people, limit);
}
