import type { AliasTrie } from '../registry/alias-trie.js';
import { filterAmbiguous } from './filter-ambiguous.js';
import { findActorMentions } from './find-actor-mentions.js';
import { findHomeState } from './find-home-state.js';
import { findOrganisationNames } from './find-organisation-names.js';
import { findPersonMentions } from './find-person-mentions.js';
import { placeFromContext } from './place-from-context.js';
import type { Lexicon } from '../registry/lexicon.js';
import type { Registry } from '../registry/load-registry.js';
import type { ActorMention, PersonMention, StoryText, Token } from '../model.js';
import { tokenise } from './tokenise.js';

/** One sentence of a story, read. */
export interface ScannedSentence {
  readonly tokens: readonly Token[];
  readonly actors: readonly ActorMention[];
  /** Places the sentence names ("New Jersey", "Aleppo"): never actors, but they hold their words. */
  readonly places: readonly ActorMention[];
  /** Persons named in full (surnames alone come later). */
  readonly persons: readonly PersonMention[];
  /** Organisations introduced by a describing noun or a legal suffix ("carrier Ryanair", "Alstom SA"). */
  readonly organisations: readonly string[];
  /** The story's home state and date, for whom a surname alone means. */
  readonly context: { readonly home?: string; readonly date?: string; readonly political: boolean };
}

/** The tokens of a story's headline and sentences, in order: what scanSentences reads. */
export function tokeniseStory(story: StoryText): Token[][] {
  return [story.title, ...story.sentences].map(tokenise);
}

/** Actors whose mention makes a story one about politics. */
const POLITICAL_CATEGORIES = new Set(['party', 'legislature', 'ministry']);

/**
 * Tokens, actor mentions, places and full-name persons of each sentence of one
 * story. Ambiguous aliases are judged against the whole story; an actor name
 * inside a person's name ("Jordan" in "Michael Jordan") yields to the person.
 * Every person carries the story's home state and date, which later steps read
 * the knowledge base against.
 */
export function scanSentences(story: StoryText, registry: Registry, lexicon: Lexicon, extra?: AliasTrie, tokenised?: readonly (readonly Token[])[]): ScannedSentence[] {
  // A story scanned again (knowing an organisation it introduces) keeps its tokens: tokens are never changed once made.
  const tokens = tokenised ?? tokeniseStory(story);
  const found = tokens.map((t) => findActorMentions(t, registry, lexicon, extra));
  // A club's name is often a place's or a body's too ("Texas Rangers", "Chelsea"): a club stands only in a story about sport.
  const sporting = tokens.some((t) => t.some((x) => lexicon.sportWords.has(x.norm)));
  const raw = sporting ? found : found.map((ms) => ms.filter((m) => registry.actors.get(m.actorId)?.category !== 'club'));
  // The home state is read twice: from the names that need no confirming, to confirm parties and common-word
  // names by it ("Democrats" in a US story), then from everything that stands.
  const sure = raw.map((ms) => ms.filter((m) => !m.ambiguous && !m.confirm));
  const first = findHomeState(story, tokens.map((t, i) => ({ tokens: t, mentions: sure[i] ?? [] })), registry);
  const filtered = filterAmbiguous(raw, `${story.title}\n${story.text}`, registry, first, tokens.map((t) => t.map((x) => x.raw)));
  const home = findHomeState(story, tokens.map((t, i) => ({ tokens: t, mentions: filtered[i] ?? [] })), registry);
  const political = tokens.some((t) => t.some((x) => lexicon.politicalWords.has(x.norm))) || filtered.some((ms) => ms.some((m) => POLITICAL_CATEGORIES.has(registry.actors.get(m.actorId)?.category ?? '')));
  const context = { ...(home !== undefined ? { home } : {}), ...(story.date !== undefined ? { date: story.date } : {}), political };
  const scanned = tokens.map((t, i): ScannedSentence => {
    const mentions = filtered[i] ?? [];
    const persons = findPersonMentions(t, mentions, registry, lexicon).map((p) => ({ ...p, ...context }));
    // A place inside a person's description ("D-Ill.", "of Connecticut") says where, not who acts; so does the
    // state a post is to ("a former ambassador to Luxembourg").
    const inside = (m: ActorMention, p: PersonMention): boolean => m.start >= p.start && m.end <= p.end;
    const kept = mentions.filter((m) => !persons.some((p) => (m.start < p.nameEnd && m.end > p.nameStart) || (inside(m, p) && (m.form === 'place' || isPostTo(t, m, registry)))));
    const actors = kept.filter((m) => m.form !== 'place');
    return { tokens: t, actors, places: kept.filter((m) => m.form === 'place'), persons, organisations: findOrganisationNames(t, kept, persons, lexicon), context };
  });
  // The headline is read only as context for placing persons (step 2 of placeFromContext).
  const [headline, ...body] = scanned;
  return placeFromContext(body, headline ? [headline, ...body.slice(0, 1)] : body.slice(0, 1), registry, lexicon, home);
}

/** "ambassador to Luxembourg", "envoy for the United States": a state named as where a post is held. */
function isPostTo(tokens: readonly Token[], m: ActorMention, registry: Registry): boolean {
  if (registry.actors.get(m.actorId)?.kind !== 'state') return false;
  const before = tokens[m.start - 1]?.norm === 'the' ? m.start - 2 : m.start - 1;
  return tokens[before]?.norm === 'to' && tokens[before - 1] !== undefined && !tokens[before - 1]?.cap;
}
