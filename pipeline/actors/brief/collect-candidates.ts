import type { Claim, Interaction, InteractionType, Story } from '../../types.js';
import type { PersonEntity } from '../persons/cluster-persons.js';
import { contentWords } from './content-words.js';
import { balanceQuotes } from './balance-quotes.js';
import { trimPoint } from './trim-point.js';
import type { Candidate } from './rank-points.js';
import type { SentenceReading } from '../read/read-story.js';

/** Per actor: its candidate points, and how much of the set it drives. */
export interface ActorEvidence {
  readonly candidates: Map<string, Candidate>;
  /** Sentences in which it speaks or acts (weighted by support). */
  agency: number;
  /** Sentences that name it. */
  mentions: number;
  readonly refs: Set<number>;
  /** Names it went by, with how many sentences used each. */
  readonly surfaces: Map<string, number>;
  /** Person id -> number of sentences naming them. */
  readonly persons: Map<string, number>;
}

/** Sentences that must name an actor before it counts as a story's main actor. */
const MAIN_ACTOR_MIN_SENTENCES = 2;

/** Gathers evidence story by story, so no story's readings outlive it. */
export interface CandidateCollector {
  /** Adds one story's readings (one per sentence). */
  add(story: Story, readings: readonly SentenceReading[]): void;
  /** Evidence per actor (centrality settled) and interactions counted per typed pair. */
  finish(): { readonly evidence: Map<string, ActorEvidence>; readonly interactions: Interaction[] };
}

/**
 * Collects, for every actor, the sentences in which it speaks or acts,
 * mapped to the claims that merge them across stories (so a sentence carried
 * by three sources is one candidate with three refs). Claims briefed on an
 * earlier day (fresh: false) are never candidates. A sentence no claim covers
 * stands alone with its own story's ref. Centrality counts, per topic word
 * (no proper nouns), the stories whose agent sentences use it: what the day's
 * actors talk about.
 */
export function createCandidateCollector(claims: readonly Claim[], actorOf: (person: PersonEntity) => string): CandidateCollector {
  // ref -> sentence -> claim, by index: a string key per occurrence cost more than the rest of the collector.
  const claimAt: (Claim | undefined)[][] = [];
  for (const claim of claims) for (const o of claim.occurrences) (claimAt[o.ref] ??= [])[o.sentence] = claim;
  const df = new Map<string, number>();
  // Topic words per candidate key, as arrays: kept for every candidate until centrality is settled.
  const topicOf = new Map<string, readonly string[]>();
  const evidence = new Map<string, ActorEvidence>();
  const interactions = new Map<string, { a: string; b: string; type: InteractionType; count: number; refs: Set<number> }>();
  let stories = 0;
  const get = (id: string): ActorEvidence => {
    let e = evidence.get(id);
    if (!e) {
      e = { candidates: new Map(), agency: 0, mentions: 0, refs: new Set(), surfaces: new Map(), persons: new Map() };
      evidence.set(id, e);
    }
    return e;
  };
  return {
    add(story, read) {
      stories += 1;
      const storyWords = new Set<string>();
      const readings = withLeadAgent(read);
      readings.forEach((reading, i) => {
        for (const [id, surfaces] of reading.mentions) {
          const e = get(id);
          e.mentions += 1;
          e.refs.add(story.ref);
          for (const surface of surfaces) e.surfaces.set(surface, (e.surfaces.get(surface) ?? 0) + 1);
        }
        for (const agent of reading.agents) {
          const e = get(agent.actorId);
          e.refs.add(story.ref);
          const claim = claimAt[story.ref]?.[i];
          if (claim && !claim.fresh) continue;
          const key = claim?.id ?? `${story.ref}:${i}`;
          const existing = e.candidates.get(key);
          const text = trimPoint(balanceQuotes(claim?.text ?? story.sentences[i] ?? '', reading.quoted === true));
          if (text === undefined) continue;
          if (!existing) e.agency += claim?.support ?? 1;
          let topic = topicOf.get(key);
          if (!topic) {
            topic = [...contentWords(text).topic];
            topicOf.set(key, topic);
          }
          for (const w of topic) storyWords.add(w);
          const speaker = existing?.speaker ?? agent.person?.name;
          e.candidates.set(key, {
            key,
            text,
            refs: claim?.refs ?? [story.ref],
            support: claim?.support ?? 1,
            position: Math.min(existing?.position ?? i, i),
            centrality: 0,
            ...(story.group !== undefined ? { story: story.group } : {}),
            ...(speaker !== undefined ? { speaker } : {}),
          });
        }
        for (const person of new Set(reading.persons)) {
          const persons = get(actorOf(person)).persons;
          persons.set(person.id, (persons.get(person.id) ?? 0) + 1);
        }
        for (const { a, b, type } of reading.interactions) {
          const key = `${a}\u0000${b}\u0000${type}`;
          const entry = interactions.get(key) ?? { a, b, type, count: 0, refs: new Set<number>() };
          entry.count += 1;
          entry.refs.add(story.ref);
          interactions.set(key, entry);
        }
      });
      for (const w of storyWords) df.set(w, (df.get(w) ?? 0) + 1);
    },
    finish() {
      for (const e of evidence.values()) {
        for (const [key, c] of e.candidates) e.candidates.set(key, { ...c, centrality: centrality(topicOf.get(key) ?? [], df, stories) });
      }
      const counted = [...interactions.values()].map((c) => ({ a: c.a, b: c.b, type: c.type, count: c.count, refs: [...c.refs].sort((x, y) => x - y) }));
      return { evidence, interactions: counted };
    },
  };
}

/**
 * The lead sentence says what happened to the story's main actor, even when
 * the grammar makes it an object ("Strong sales helped Renault boost its
 * profits by 40%"): the actor the story names most, clearly ahead of the next,
 * becomes an agent of the lead sentence when it is named there.
 */
function withLeadAgent(readings: readonly SentenceReading[]): readonly SentenceReading[] {
  const lead = readings[0];
  if (!lead) return readings;
  const counts = new Map<string, number>();
  for (const reading of readings) for (const id of reading.mentions.keys()) counts.set(id, (counts.get(id) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (!first || first[1] < MAIN_ACTOR_MIN_SENTENCES || (second && second[1] === first[1])) return readings;
  const main = first[0];
  if (!lead.mentions.has(main) || lead.agents.some((a) => a.actorId === main)) return readings;
  return [{ ...lead, agents: [...lead.agents, { actorId: main, speech: false }] }, ...readings.slice(1)];
}

function centrality(words: readonly string[], df: ReadonlyMap<string, number>, total: number): number {
  if (words.length === 0 || total === 0) return 0;
  let sum = 0;
  for (const w of words) sum += (df.get(w) ?? 0) / total;
  return sum / words.length;
}
