import type { Lexicon } from '../registry/lexicon.js';
import type { ActorMention, Token } from '../model.js';

/** Words a title may contain between role words ("Secretary of State", "Crown Prince and Defence Minister"). */
const TITLE_JOINERS = new Set(['of', 'for', 'on', 'the', 'and', "'s", '-', '&']);
/** Words after which a name is an object, not a titled person. */
const OBJECT_MARKERS = new Set(['of', 'for', 'on', 'the', 'and']);
/** Longest title read before a name, in tokens: longer runs are sentences, not titles. */
const MAX_TITLE_TOKENS = 12;
/** Tokens before a comma within which a role head must stand for the comma to end a title ("envoy for Syria,"). */
const COMMA_TITLE_REACH = 4;

/**
 * Where the title before a name begins ("Russian Foreign Minister | Sergei
 * Lavrov", "EU foreign policy chief, | Federica Mogherini"), or `nameStart`
 * when no title is there. A title is role words, actor names, capitalised
 * organisation words and joiners; it must touch the name (a comma is allowed
 * right after a role word).
 */
export function findTitleStart(tokens: readonly Token[], nameStart: number, mentions: readonly ActorMention[], lexicon: Lexicon): number {
  const mentionEndingAt = new Map(mentions.map((m) => [m.end, m]));
  let j = nameStart - 1;
  // "EU foreign policy chief, Federica Mogherini", "A Russian special envoy for Syria, Alexander Lavrentiev".
  if (tokens[j]?.raw === ',' && tokens.slice(Math.max(0, j - COMMA_TITLE_REACH), j).some((t) => isRoleWord(t, lexicon) && lexicon.roleHeads.has(t.norm))) j -= 1;
  // A title touches the name; after "of" or "the" the name is that word's object ("president of the Union of X").
  if (OBJECT_MARKERS.has(tokens[j]?.norm ?? '')) return nameStart;
  let start = nameStart;
  let sawTitle = false;
  while (j >= 0 && nameStart - j <= MAX_TITLE_TOKENS) {
    const mention = mentionEndingAt.get(j + 1);
    const t = tokens[j] as Token;
    const next = tokens[j + 1];
    if (mention) {
      if (mention.role !== undefined) sawTitle = true;
      j = mention.start - 1;
    } else if (isRoleWord(t, lexicon)) {
      sawTitle = true;
      j -= 1;
    } else if (t.cap && !lexicon.nonNames.has(t.norm) && !t.quoted && (isRoleWord(next, lexicon) || next?.norm === "'s" || (next?.cap === true && start === j + 1 && sawTitle))) {
      // "Boeing Commercial Airplanes chief executive": capitals before capitals already in the title are its employer's name.
      j -= 1;
    } else if (!t.cap && /^\p{L}+$/u.test(t.raw) && isRoleWord(next, lexicon) && mentionEndingAt.get(j)?.role === undefined && mentionEndingAt.has(j) && !lexicon.nonNames.has(t.norm) && !lexicon.verbForms.has(t.norm) && !lexicon.auxiliaries.has(t.norm)) {
      // A portfolio word between an actor and its role ("French farm minister").
      j -= 1;
    } else if (portfolioStart(tokens, j, lexicon) >= 0) {
      // "Merck's head of research Peter Kim": a role head, "of" or "for", then its lowercase portfolio.
      sawTitle = true;
      j = portfolioStart(tokens, j, lexicon) - 1;
    } else if ((t.norm === 'and' || t.raw === '&') && isRoleWord(tokens[j - 1], lexicon)) {
      j -= 1;
      continue;
    } else if (t.raw === '.' && t.glue && isRoleWord(tokens[j - 1], lexicon)) {
      // "Sen. Dick Durbin", "Gov. Chris Christie": an abbreviated title's period.
      j -= 1;
      continue;
    } else if (TITLE_JOINERS.has(t.norm) && t.norm !== 'and') {
      j -= 1;
      continue;
    } else break;
    start = j + 1;
  }
  // A bare possessive actor before the name ("Turkey's Recep Tayyip Erdoğan") is a title without a role.
  if (!sawTitle && tokens[nameStart - 1]?.norm === "'s" && mentionEndingAt.has(nameStart - 1)) return mentionEndingAt.get(nameStart - 1)?.start ?? nameStart;
  return sawTitle ? start : nameStart;
}

/** Most lowercase words a portfolio runs to after "of" or "for" ("head of trade policy"). */
const MAX_PORTFOLIO_WORDS = 3;

/** The index of the role head whose "of"/"for" portfolio ends at `at` (a lowercase word), or -1. */
function portfolioStart(tokens: readonly Token[], at: number, lexicon: Lexicon): number {
  for (let k = at; k >= 0 && at - k < MAX_PORTFOLIO_WORDS; k -= 1) {
    const t = tokens[k] as Token;
    if (t.cap || !/^\p{L}+$/u.test(t.raw) || lexicon.verbForms.has(t.norm) || lexicon.auxiliaries.has(t.norm) || lexicon.nonNames.has(t.norm)) return -1;
    const joiner = tokens[k - 1];
    const head = tokens[k - 2];
    if ((joiner?.norm === 'of' || joiner?.norm === 'for') && head && lexicon.roleHeads.has(head.norm.replace(/\.$/, ''))) return k - 2;
  }
  return -1;
}

function isRoleWord(token: Token | undefined, lexicon: Lexicon): boolean {
  if (!token) return false;
  const norm = token.norm.replace(/\.$/, '');
  return lexicon.roleHeads.has(norm) || lexicon.roleModifiers.has(norm) || lexicon.honorifics.has(norm);
}
