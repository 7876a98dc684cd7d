import type { AliasTarget, Token } from '../model.js';
import { fold } from '../scan/fold.js';
import { TOKEN_PATTERN, tokenise } from '../scan/tokenise.js';

/** Children of a node under one folded word, by the case the alias wrote it in. */
interface Edges {
  any?: TrieNode;
  cap?: TrieNode;
  upper?: TrieNode;
}

interface TrieNode {
  readonly next: Map<string, Edges>;
  targets: AliasTarget[];
}

type CaseClass = keyof Edges;

/** A longest match found by the trie. */
export interface TrieMatch {
  /** One past the last matched token. */
  readonly end: number;
  readonly targets: readonly AliasTarget[];
}

/** A token trie over aliases: built once, then matched in one pass per sentence. */
export interface AliasTrie {
  /** Adds an alias ("the Kremlin", "U.S.") for a target. */
  add(alias: string, target: AliasTarget): void;
  /** The longest alias starting at token `start`, if any. */
  longestAt(tokens: readonly Token[], start: number): TrieMatch | undefined;
  /**
   * The aliases as filed so far, as plain data (the registry snapshot keeps it): only before the
   * first lookup, which starts moving them into the trie.
   */
  filed(): AliasFiling;
}

/** An alias and what it names, as filed. */
export interface FiledAlias {
  readonly alias: string;
  readonly target: AliasTarget;
}

/**
 * Aliases filed by the folded form of their first word, in the order added: a
 * list, or the list as JSON (so the registry snapshot holds one string per
 * word, parsed only when a text reaches that word).
 */
export type AliasFiling = Map<string, FiledAlias[] | string>;

/** The first token of an alias, as tokenise would read it (one regex step, not the whole alias). */
const FIRST_TOKEN = new RegExp(TOKEN_PATTERN, 'u');

/**
 * Case matters: an alias word written in capitals ("NATO", "U.S.") only
 * matches an acronym; a capitalised word ("Turkey") only a capitalised word;
 * a lowercase word ("government") any case. So "turkey" the bird and "us" the
 * pronoun never match. Words are keyed by their folded form without dots, so
 * one map lookup per token finds every case variant.
 *
 * Aliases are filed by their first word and put into the trie only when a
 * text first reaches that word: a knowledge base of tens of thousands of
 * names costs a run only the names its articles could start.
 */
export function createAliasTrie(filing: AliasFiling = new Map()): AliasTrie {
  const root: TrieNode = { next: new Map(), targets: [] };
  const pending = filing;
  let looked = false;
  const insert = (alias: string, target: AliasTarget): void => {
    let node = root;
    for (const token of tokenise(alias)) {
      const edges = node.next.get(token.bare) ?? {};
      node.next.set(token.bare, edges);
      const kind: CaseClass = token.upper ? 'upper' : token.cap ? 'cap' : 'any';
      let child = edges[kind];
      if (!child) {
        child = { next: new Map(), targets: [] };
        edges[kind] = child;
      }
      node = child;
    }
    if (node !== root && !node.targets.some((t) => t.actorId === target.actorId && t.form === target.form)) node.targets = [...node.targets, target];
  };
  return {
    add(alias, target) {
      const first = FIRST_TOKEN.exec(alias)?.[0];
      if (first === undefined) return;
      const key = fold(first).replaceAll('.', '');
      const list = pending.get(key);
      if (list === undefined) pending.set(key, [{ alias, target }]);
      else if (typeof list === 'string') pending.set(key, [...(JSON.parse(list) as FiledAlias[]), { alias, target }]);
      else list.push({ alias, target });
    },
    longestAt(tokens, start) {
      looked = true;
      const first = tokens[start];
      if (!first) return undefined;
      const waiting = pending.get(first.bare);
      if (waiting) {
        pending.delete(first.bare);
        for (const { alias, target } of typeof waiting === 'string' ? (JSON.parse(waiting) as FiledAlias[]) : waiting) insert(alias, target);
      }
      return walk(root, tokens, start, undefined);
    },
    filed() {
      if (looked) throw new Error('Cannot give the aliases of a trie already looked up: some have moved into it');
      return pending;
    },
  };
}

/** Depth-first over the case variants a token may match, keeping the longest match. */
function walk(node: TrieNode, tokens: readonly Token[], index: number, best: TrieMatch | undefined): TrieMatch | undefined {
  let found = node.targets.length > 0 && (!best || index > best.end) ? { end: index, targets: node.targets } : best;
  const token = tokens[index];
  if (!token || node.next.size === 0) return found;
  const edges = node.next.get(token.bare);
  if (!edges) return found;
  if (edges.any) found = walk(edges.any, tokens, index + 1, found);
  if (edges.cap && token.cap) found = walk(edges.cap, tokens, index + 1, found);
  if (edges.upper && token.upper) found = walk(edges.upper, tokens, index + 1, found);
  return found;
}
