import type { Registry } from '../registry/load-registry.js';
import type { ActorMention, StoryText, Token } from '../model.js';
import { fold } from './fold.js';

// Weights of the evidence for an article's home state, tuned as a set on the
// development articles (BBC politics and business, US political news): a
// dateline or the publisher outweighs a few passing mentions of other states,
// and a state's own institutions ("the Commons", "Congress") count more than
// its name, which foreign news repeats.
/** A dateline naming the state or its capital ("WASHINGTON —", "LONDON (Reuters) -"). */
const DATELINE_WEIGHT = 3;
/** The publisher's state, from its name or its URL's country-code domain. */
const PUBLISHER_WEIGHT = 2;
/** Each mention of one of the state's own institutions, offices or cues. */
const CUE_WEIGHT = 1;
/** Each mention of a party, company, body or place that belongs to the state. */
const AFFILIATE_WEIGHT = 0.75;
/** Each mention of the state itself (name, capital, demonym). */
const MENTION_WEIGHT = 0.5;
/** Least total evidence for a home state. */
const MIN_SCORE = 1.5;
/** How many times the runner-up's evidence the winner needs. */
const MARGIN = 1.5;
/** Tokens a dateline may take before its dash or comma ("NEW DELHI, India —"). */
const DATELINE_TOKENS = 4;
const DATELINE_ENDS = new Set(['—', '–', '-', ',', '(', ':']);

/** One sentence as the home-state reader sees it. */
export interface HomeEvidence {
  readonly tokens: readonly Token[];
  readonly mentions: readonly ActorMention[];
}

/**
 * The state an article is written from and about, when the evidence is clear:
 * the dateline, the publisher, the state's own institutions ("the Commons",
 * "the Bundestag"), and the states, parties, companies and places it names.
 * Bare titles ("the prime minister", "Chancellor Gordon Brown") are read
 * against it. `sentences[0]` is the headline.
 */
export function findHomeState(story: StoryText, sentences: readonly HomeEvidence[], registry: Registry): string | undefined {
  const scores = new Map<string, number>();
  const add = (state: string | undefined, weight: number): void => {
    if (state !== undefined && registry.actors.get(state)?.kind === 'state') scores.set(state, (scores.get(state) ?? 0) + weight);
  };
  add(publisherState(story, registry), PUBLISHER_WEIGHT);
  add(datelineState(sentences[1], registry), DATELINE_WEIGHT);
  for (const { tokens, mentions } of sentences) {
    for (const m of mentions) {
      const actor = registry.actors.get(m.actorId);
      if (m.form === 'institution') add(m.actorId, CUE_WEIGHT);
      else if (actor?.kind === 'state') add(m.actorId, MENTION_WEIGHT);
      else add(registry.stateOf.get(m.actorId) ?? actor?.state, AFFILIATE_WEIGHT);
    }
    for (let i = 0; i < tokens.length; i += 1) {
      const cue = registry.cues.longestAt(tokens, i);
      if (!cue) continue;
      for (const target of cue.targets) add(target.actorId, CUE_WEIGHT);
      i = cue.end - 1;
    }
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const [first, second] = ranked;
  if (!first || first[1] < MIN_SCORE || (second && first[1] < second[1] * MARGIN)) return undefined;
  return first[0];
}

function publisherState(story: StoryText, registry: Registry): string | undefined {
  const byName = story.source !== undefined ? registry.outlets.get(fold(story.source.trim())) : undefined;
  if (byName !== undefined) return byName;
  let host: string;
  try {
    host = new URL(story.url ?? '').hostname.toLowerCase();
  } catch {
    return undefined;
  }
  const bare = host.replace(/^www\./, '');
  const named = registry.outlets.get(bare) ?? registry.outlets.get(bare.split('.')[0] ?? '');
  if (named !== undefined) return named;
  const tld = host.slice(host.lastIndexOf('.'));
  return registry.tlds.get(tld);
}

/** "WASHINGTON — ...", "Kabul, Afghanistan -": a state, capital or place in the first tokens, before a dash or comma. */
function datelineState(sentence: HomeEvidence | undefined, registry: Registry): string | undefined {
  if (!sentence) return undefined;
  const end = sentence.tokens.findIndex((t, i) => i > 0 && i <= DATELINE_TOKENS && DATELINE_ENDS.has(t.raw));
  if (end < 0) return undefined;
  const first = sentence.mentions.find((m) => m.start < end);
  if (!first || first.start > 0) return undefined;
  const actor = registry.actors.get(first.actorId);
  return actor?.kind === 'state' ? first.actorId : registry.stateOf.get(first.actorId);
}
