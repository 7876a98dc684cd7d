import type { Lexicon } from '../registry/lexicon.js';
import type { Registry } from '../registry/load-registry.js';
import type { ActorMention, AliasTarget, Token } from '../model.js';
import type { AliasTrie } from '../registry/alias-trie.js';
import { runsOn } from './read-role-phrase.js';

/** Words that join role words inside one title ("Secretary of State", "Crown Prince and Defence Minister"). */
const TITLE_JOINERS = new Set(['of', 'and', 'for', '-']);

/**
 * The actors a sentence names, longest alias first, with whether each can be
 * a clause's subject:
 * - a capital after "in", "to", "from" ... is a place, not the state, and is dropped;
 * - a demonym ("Russian") or possessive ("Russia's") followed by an
 *   institution noun ("defence ministry") stands for the state and is agentive,
 *   otherwise it only modifies a noun ("a Russian newspaper");
 * - an alias hyphenated to another word ("US-Russia", "US-aligned") is a modifier.
 * `extra` holds organisations discovered in the text of this run.
 */
export function findActorMentions(tokens: readonly Token[], registry: Registry, lexicon: Lexicon, extra?: AliasTrie): ActorMention[] {
  const mentions: ActorMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const match = longest(tokens, i, registry.trie, extra);
    if (!match) {
      i += 1;
      continue;
    }
    // "Dr Nielsen", "Mr Jordan": after a personal honorific, a name is a person's, whatever else it names.
    if (PERSONAL_HONORIFICS.has((tokens[i - 1]?.norm ?? '').replace(/\.$/u, ''))) {
      i = match.end;
      continue;
    }
    // A place of the same name ("Washington", "Georgia") stands when the actor reading does not.
    const place = match.targets.find((t) => t.form === 'place');
    const others = match.targets.filter((t) => t.form !== 'place');
    const target = others.length > 0 ? pickTarget(others, tokens, match.end, registry, lexicon) : undefined;
    const mention = target && target.form !== 'blocker' ? classify(tokens, i, match.end, target, registry, lexicon) : undefined;
    if (mention) {
      if (place) mention.place = place.actorId;
      const alternatives = others.filter((t) => t !== target && t.form !== 'blocker' && t.form !== 'demonym');
      if (alternatives.length > 0) mention.alternatives = alternatives;
      mentions.push(mention);
    } else if (place && !insideName(tokens, i, match.end, lexicon)) {
      mentions.push({ start: i, end: match.end, actorId: place.actorId, form: 'place', surface: surfaceOf(tokens, i, match.end), agentive: false, ambiguous: false });
    }
    i = match.end;
  }
  return mergeAdjacent(mentions);
}

/** Honorifics that only ever come before a person's name. */
const PERSONAL_HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'prof']);

/** "U.S. State Department", "Russian Kremlin": two adjacent names of one actor are one phrase. */
function mergeAdjacent(mentions: ActorMention[]): ActorMention[] {
  const merged: ActorMention[] = [];
  for (const m of mentions) {
    const last = merged.at(-1);
    if (last && last.end === m.start && last.actorId === m.actorId && !last.agentive) {
      last.end = m.end;
      last.agentive = m.agentive;
      if (m.role !== undefined) last.role = m.role;
    } else merged.push(m);
  }
  return merged;
}

function longest(tokens: readonly Token[], i: number, trie: AliasTrie, extra?: AliasTrie) {
  const a = trie.longestAt(tokens, i);
  const b = extra?.longestAt(tokens, i);
  if (!b) return a;
  if (!a) return b;
  return b.end > a.end ? b : a;
}

/** "Saudi", "U.S." are names and demonyms: before an institution noun or a title they are the demonym. */
function pickTarget(targets: readonly AliasTarget[], tokens: readonly Token[], end: number, registry: Registry, lexicon: Lexicon): AliasTarget | undefined {
  const demonym = targets.find((t) => t.form === 'demonym');
  // Of two names, a state's or an organisation's before a party's: parties' short forms collide most ("EU").
  const others = targets.filter((t) => t.form !== 'demonym');
  const other = others.find((t) => registry.actors.get(t.actorId)?.category !== 'party' && !t.confirm) ?? others.find((t) => !t.confirm) ?? others[0];
  if (!demonym || !other) return demonym ?? other;
  const next = tokens[end];
  const modifies = next !== undefined && !next.glue && (nounAt(tokens, end, registry) !== undefined || isTitleWord(next, lexicon));
  return modifies ? demonym : other;
}

function classify(tokens: readonly Token[], start: number, end: number, target: AliasTarget, registry: Registry, lexicon: Lexicon): ActorMention | undefined {
  const before = tokens[start - 1];
  const after = tokens[end];
  const surface = surfaceOf(tokens, start, end);
  if (target.form === 'capital' && before && lexicon.locatives.has(before.norm)) return undefined;
  const mention: ActorMention = { start, end, actorId: target.actorId, form: target.form, surface, agentive: true, ambiguous: target.ambiguous === true, ...(target.confirm ? { confirm: true } : {}) };
  const hyphenated = (after?.raw === '-' && after.glue && tokens[end + 1]?.glue === true) || (before?.raw === '-' && tokens[start]?.glue === true);
  if (hyphenated) {
    mention.agentive = false;
    return mention;
  }
  if (target.form === 'demonym') return extendOverNoun(tokens, mention, end, registry, lexicon);
  if (after?.norm === "'s") return extendOverNoun(tokens, mention, end + 1, registry, lexicon);
  if (target.form === 'plural') mention.agentive = before?.norm === 'the';
  // "Pakistan Tehreek-e-Insaf", "Iran Air": a name running on into other capitals is part of a bigger name.
  if (after?.cap && !after.upper && !isTitleWord(after, lexicon)) mention.agentive = false;
  // "Syrian opposition groups", "US officials": a noun after a name keeps it the subject.
  const noun = after && !after.cap ? nounAt(tokens, end, registry) : undefined;
  if (noun) mention.end = noun.end;
  return mention;
}

/** "Swansea Bay Race Equality Council": a place running into other capitals is part of a bigger name. */
function insideName(tokens: readonly Token[], start: number, end: number, lexicon: Lexicon): boolean {
  const after = tokens[end];
  const before = tokens[start - 1];
  const capital = (t: Token | undefined): boolean => t !== undefined && t.cap && !t.upper && !isTitleWord(t, lexicon) && !lexicon.nonNames.has(t.norm);
  // Role modifiers run on into a name ("New York Public Library"), not into a title ("New Jersey Governor").
  return (after !== undefined && !after.glue && runsOn(tokens, end, tokens.length, lexicon)) || (capital(before) && start > 1);
}

function surfaceOf(tokens: readonly Token[], start: number, end: number): string {
  return tokens.slice(start, end).map((t) => t.raw).join(' ');
}

function extendOverNoun(tokens: readonly Token[], mention: ActorMention, from: number, registry: Registry, lexicon: Lexicon): ActorMention {
  // Titles ("Russian President") are not institution nouns: the person reader takes them.
  const noun = nounAt(tokens, from, registry);
  mention.agentive = noun !== undefined;
  if (noun) mention.end = noun.end;
  else readRoleReference(tokens, mention, from, lexicon);
  return mention;
}

/** An institution noun at `from`, unless a name follows it: "Kremlin spokesman Dmitry Peskov" is a title. */
function nounAt(tokens: readonly Token[], from: number, registry: Registry) {
  const noun = registry.nouns.longestAt(tokens, from);
  return noun && !(tokens[noun.end]?.cap && !tokens[noun.end]?.upper) ? noun : undefined;
}

function isTitleWord(token: Token, lexicon: Lexicon): boolean {
  const norm = token.norm.replace(/\.$/, '');
  return lexicon.roleHeads.has(norm) || lexicon.roleModifiers.has(norm) || lexicon.honorifics.has(norm);
}

/**
 * "The Russian foreign minister, for his part, said": role words after a
 * demonym or possessive with no name after them stand for the state, through
 * a person the story resolves later. With a name after them they are a title.
 */
function readRoleReference(tokens: readonly Token[], mention: ActorMention, from: number, lexicon: Lexicon): void {
  let end = from;
  let head = false;
  for (;;) {
    const t = tokens[end];
    if (t && isTitleWord(t, lexicon)) {
      if (lexicon.roleHeads.has(t.norm)) head = true;
      end += 1;
    } else if (t && TITLE_JOINERS.has(t.norm) && tokens[end + 1] && isTitleWord(tokens[end + 1] as Token, lexicon)) {
      end += 1;
    } else break;
  }
  if (!head) return;
  const next = tokens[end];
  const named = next?.cap === true || (next?.raw === ',' && tokens[end + 1]?.cap === true && !lexicon.nonNames.has(tokens[end + 1]?.norm ?? ''));
  if (named) return;
  mention.end = end;
  mention.agentive = true;
  mention.role = tokens.slice(from, end).map((t) => t.norm).join(' ').replace(/ - /g, '-');
}
