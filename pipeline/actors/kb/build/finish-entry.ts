import type { EntryDraft, KbAffiliation, KbEntry } from './kb-entry.js';
import { mergeSpans } from './merge-spans.js';

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const affiliationKey = (a: KbAffiliation): string => `${a.from ?? ''}\u0000${a.id}\u0000${a.role ?? ''}\u0000${a.to ?? ''}`;

/**
 * Turns a draft into the shipped shape: aliases that are common words move to
 * ambiguousAliases (unless a curated file vouched for them), a common-word name is
 * listed there too, the name is never among its plain aliases, lists are sorted and deduplicated, and empty fields are left out, so the
 * same sources always give the same bytes.
 */
export function finishEntry(draft: EntryDraft, isCommonWord: (alias: string) => boolean, vouched: ReadonlySet<string> = new Set()): KbEntry {
  const aliases = new Set<string>();
  const ambiguous = new Set<string>();
  for (const alias of draft.aliases) {
    if (alias === draft.name || alias.trim() === '') continue;
    if (isCommonWord(alias) && !vouched.has(alias)) ambiguous.add(alias);
    else aliases.add(alias);
  }
  for (const alias of draft.ambiguousAliases) if (alias !== draft.name && !aliases.has(alias)) ambiguous.add(alias);
  // A name that is a common word on its own ("Conservative", "Justice", "Unity") needs confirming like such an
  // alias: the stage reads a name listed among the ambiguous aliases that way.
  if (isCommonWord(draft.name) && !vouched.has(draft.name) && draft.kind !== 'person') ambiguous.add(draft.name);
  const seen = new Set<string>();
  const affiliations = mergeSpans(draft.affiliations)
    .filter((a) => {
      const key = affiliationKey(a);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => compare(affiliationKey(a), affiliationKey(b)))
    .map((a) => ({ id: a.id, ...(a.role ? { role: a.role } : {}), ...(a.from ? { from: a.from } : {}), ...(a.to ? { to: a.to } : {}) }));
  return {
    id: draft.id,
    kind: draft.kind,
    ...(draft.category ? { category: draft.category } : {}),
    name: draft.name,
    ...(aliases.size > 0 ? { aliases: [...aliases].sort(compare) } : {}),
    ...(ambiguous.size > 0 ? { ambiguousAliases: [...ambiguous].sort(compare) } : {}),
    ...(draft.state ? { state: draft.state } : {}),
    ...(affiliations.length > 0 ? { affiliations } : {}),
    source: draft.source,
  };
}
