import { fold } from './fold.js';
import type { Registry } from '../registry/load-registry.js';
import type { ActorMention } from '../model.js';

/**
 * Drops mentions of ambiguous aliases ("Georgia", "Jordan", "Turkey") that the
 * article does not confirm. An ambiguous alias stands when the article carries
 * one of its cues ("Tbilisi", "Amman") or names at least `minOtherStates` other
 * states, and none of its negative cues ("Atlanta", "roast"). Cues with a
 * capital match case-sensitively; lowercase cues match any case.
 */
export function filterAmbiguous(sentences: readonly ActorMention[][], articleText: string, registry: Registry): ActorMention[][] {
  const hasAmbiguous = sentences.some((ms) => ms.some((m) => m.ambiguous));
  if (!hasAmbiguous) return sentences.map((ms) => [...ms]);
  const lower = articleText.toLowerCase();
  const found = (cue: string): boolean => (cue === cue.toLowerCase() ? lower.includes(cue) : articleText.includes(cue));
  const states = new Set<string>();
  for (const ms of sentences) {
    for (const m of ms) {
      if (!m.ambiguous && registry.actors.get(m.actorId)?.kind === 'state') states.add(m.actorId);
    }
  }
  const verdict = new Map<string, boolean>();
  const keep = (m: ActorMention): boolean => {
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
  return sentences.map((ms) => ms.filter(keep));
}
