import { fold } from './fold.js';
import type { Registry } from '../registry/load-registry.js';
import type { ActorMention } from '../model.js';

/**
 * Drops mentions of ambiguous aliases that the article does not confirm:
 * - a state alias of data/ambiguous.json ("Georgia", "Jordan", "Turkey") stands
 *   when the article carries one of its cues ("Tbilisi", "Amman") or names at
 *   least `minOtherStates` other states, and none of its negative cues
 *   ("Atlanta", "roast"). Cues with a capital match case-sensitively;
 *   lowercase cues match any case.
 * - a knowledge-base alias that is also a common word ("Shell", "Respect",
 *   "Congress") stands when the article names the same actor by another of its
 *   names too ("Royal Dutch Shell ... Shell said"), or, for a party, when the
 *   party is of the article's home state ("Democrats" in a US story).
 * - a party stands only in an article about its state: its home state, or a
 *   state the article names ("Justice minister" is no Armenian party in a
 *   British story).
 * A dropped mention that is also a place's name ("Georgia", "Washington")
 * becomes that place.
 */
export function filterAmbiguous(sentences: readonly ActorMention[][], articleText: string, registry: Registry, home?: string, tokenStarts: readonly (readonly string[])[] = []): ActorMention[][] {
  const partyOf = (m: ActorMention): string | undefined => {
    const actor = registry.actors.get(m.actorId);
    return actor?.category === 'party' ? (actor.state ?? '') : undefined;
  };
  const hasAmbiguous = sentences.some((ms) => ms.some((m) => m.ambiguous || m.confirm || m.alternatives !== undefined || partyOf(m) !== undefined));
  if (!hasAmbiguous) return sentences.map((ms) => [...ms]);
  const lower = articleText.toLowerCase();
  const found = (cue: string): boolean => (cue === cue.toLowerCase() ? lower.includes(cue) : articleText.includes(cue));
  const states = new Set<string>();
  const confirmed = new Set<string>();
  for (const ms of sentences) {
    for (const m of ms) {
      if (!m.ambiguous && registry.actors.get(m.actorId)?.kind === 'state') states.add(m.actorId);
      if (!m.ambiguous && !m.confirm) confirmed.add(m.actorId);
    }
  }
  // A common word written with a capital inside a sentence ("shares in Apple fell") is a name; at the start of one it proves nothing.
  const midSentence = new Set<string>();
  // Not inside a longer name either ("Al-Masdar News", "Shell Oil"): the words either side are no capitals.
  const capital = (word: string | undefined): boolean => word !== undefined && /^\p{Lu}/u.test(word);
  sentences.forEach((ms, i) => {
    const words = tokenStarts[i] ?? [];
    for (const m of ms) {
      const before = words[m.start - 1];
      if (m.confirm && m.start > 0 && before !== '“' && before !== '"' && !capital(before) && !capital(words[m.end])) midSentence.add(m.actorId);
    }
  });
  // A body of one state (a court, a ministry) named by a common word stands in stories about that state only.
  const stateFits = (m: ActorMention): boolean => {
    const actor = registry.actors.get(m.actorId);
    return actor?.state === undefined || actor.category === 'company' || actor.state === home || states.has(actor.state);
  };
  const verdict = new Map<string, boolean>();
  const keep = (m: ActorMention): boolean => {
    const partyState = partyOf(m);
    const ours = partyState !== undefined && (partyState === home || states.has(partyState));
    // Without a home state, a party's full name ("Scottish National Party") is specific enough; one word is not.
    if (partyState !== undefined && partyState !== '' && !ours && (home !== undefined || m.end - m.start === 1)) return false;
    if (m.confirm) return confirmed.has(m.actorId) || ours || (partyState === undefined && midSentence.has(m.actorId) && stateFits(m));
    if (!m.ambiguous) return true;
    const key = fold(m.surface);
    const cues = registry.ambiguous.get(key);
    if (!cues) return true;
    let ok = verdict.get(key);
    if (ok === undefined) {
      const others = [...states].filter((id) => id !== m.actorId).length;
      ok = !cues.negative.some(found) && (cues.cues.some(found) || others >= registry.minOtherStates);
      verdict.set(key, ok);
    }
    return ok;
  };
  return sentences.map((ms) =>
    ms.flatMap((m): ActorMention[] => {
      if (keep(m)) return [m];
      // Another actor of the same name may fit the article ("Conservative" in a British story is the UK's party).
      for (const alternative of m.alternatives ?? []) {
        const { confirm: _dropped, ...rest } = m;
        const other: ActorMention = { ...rest, actorId: alternative.actorId, form: alternative.form, ambiguous: alternative.ambiguous === true, alternatives: [], ...(alternative.confirm ? { confirm: true } : {}) };
        if (keep(other)) return [other];
      }
      return m.place !== undefined ? [{ start: m.start, end: m.end, actorId: m.place, form: 'place', surface: m.surface, agentive: false, ambiguous: false }] : [];
    }),
  );
}
