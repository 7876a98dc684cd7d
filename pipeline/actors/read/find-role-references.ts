import type { Lexicon } from '../registry/lexicon.js';
import type { Participant, Token } from '../model.js';

/**
 * "The minister said", "the spokeswoman added": "the" and role words with no
 * name after them and no "of" (which makes a description: "the head of the
 * agency"). They refer to the person with that role named last, if any.
 * "The company said", "the carrier added": the organisation named last.
 */
export function findRoleReferences(tokens: readonly Token[], occupied: ReadonlySet<number>, lexicon: Lexicon): Participant[] {
  const found: Participant[] = [];
  tokens.forEach((t, i) => {
    if (t.norm !== 'the' || t.quoted || occupied.has(i + 1)) return;
    const noun = tokens[i + 1];
    if (noun && !noun.cap && lexicon.companyNouns.has(noun.norm) && tokens[i + 2]?.norm !== 'of' && tokens[i + 2]?.norm !== "'s") {
      found.push({ start: i, end: i + 2, ref: { type: 'organisation' }, agentive: true });
      return;
    }
    let end = i + 1;
    let head = false;
    while (tokens[end] && !tokens[end]?.cap && (lexicon.roleHeads.has(tokens[end]?.norm ?? '') || lexicon.roleModifiers.has(tokens[end]?.norm ?? ''))) {
      if (lexicon.roleHeads.has(tokens[end]?.norm ?? '')) head = true;
      end += 1;
    }
    const next = tokens[end];
    // "the prime minister's official spokesman said": the role's holder speaks through the proxy.
    if (head && next?.norm === "'s") {
      let proxy = end + 1;
      while (tokens[proxy] && !tokens[proxy]?.cap && !lexicon.proxyNouns.has(tokens[proxy]?.norm ?? '') && proxy - end <= 2) proxy += 1;
      if (lexicon.proxyNouns.has(tokens[proxy]?.norm ?? '')) found.push({ start: i, end: proxy + 1, ref: { type: 'role', role: tokens.slice(i + 1, end).map((w) => w.norm).join(' ') }, agentive: true });
      return;
    }
    if (!head || next?.cap === true || next?.norm === 'of' || next?.norm === "'s") return;
    found.push({ start: i, end, ref: { type: 'role', role: tokens.slice(i + 1, end).map((w) => w.norm).join(' ') }, agentive: true });
  });
  return found;
}
