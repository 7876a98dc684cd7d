import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { EntryDraft, KbKind } from './kb-entry.js';

interface CuratedEntry { id: string; name: string; category?: string; state?: string; parent?: string; aliases?: string[]; ambiguous?: string[]; url: string }

/**
 * Entries written out in a curated YAML file (organisations, armed groups): each with its
 * id, name, aliases, the names that need context (`ambiguous`), its state, the body it
 * belongs to (`parent`) and the Wikipedia article it comes from (`url`).
 */
export function buildCuratedEntries(file: URL, kind: KbKind, defaultCategory: string, source: string): { drafts: EntryDraft[]; vouched: Set<string> } {
  const list = parse(readFileSync(file, 'utf8')) as CuratedEntry[];
  const vouched = new Set<string>();
  const drafts = list.map((entry): EntryDraft => {
    if (!entry.id || !entry.name || !entry.url) throw new Error(`Cannot read ${file.pathname.split('/').slice(-2).join('/')}: an entry needs id, name and url, got ${JSON.stringify(entry).slice(0, 200)}`);
    for (const alias of entry.aliases ?? []) vouched.add(alias);
    const draft: EntryDraft = { id: entry.id, kind, category: entry.category ?? defaultCategory, name: entry.name, aliases: new Set(entry.aliases ?? []), ambiguousAliases: new Set(entry.ambiguous ?? []), affiliations: entry.parent ? [{ id: entry.parent }] : [], source };
    if (entry.state) draft.state = entry.state;
    return draft;
  });
  return { drafts, vouched };
}
