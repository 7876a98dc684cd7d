import { describe, expect, it } from 'vitest';
import { createAliasTrie } from '../../../pipeline/actors/registry/alias-trie.js';
import { tokenise } from '../../../pipeline/actors/scan/tokenise.js';

describe('createAliasTrie', () => {
  const trie = createAliasTrie();
  trie.add('Turkey', { actorId: 'TUR', form: 'name' });
  trie.add('US', { actorId: 'USA', form: 'name' });
  trie.add('the Kremlin', { actorId: 'RUS', form: 'institution' });
  trie.add('Syrian opposition', { actorId: 'opp', form: 'name' });
  trie.add('Syrian', { actorId: 'SYR', form: 'demonym' });

  it('matches the longest alias', () => {
    expect(trie.longestAt(tokenise('Syrian opposition groups'), 0)).toEqual({ end: 2, targets: [{ actorId: 'opp', form: 'name' }] });
  });
  it('matches a capitalised alias only when capitalised', () => {
    expect(trie.longestAt(tokenise('Turkey said'), 0)?.targets[0]?.actorId).toBe('TUR');
    expect(trie.longestAt(tokenise('roast turkey'), 1)).toBeUndefined();
  });
  it('matches an acronym only in capitals, so "us" is no state', () => {
    expect(trie.longestAt(tokenise('U.S. troops'), 0)?.targets[0]?.actorId).toBe('USA');
    expect(trie.longestAt(tokenise('told us'), 1)).toBeUndefined();
  });
  it('matches lowercase alias words in any case', () => {
    expect(trie.longestAt(tokenise('The Kremlin said'), 0)?.end).toBe(2);
  });
  it('gives its filed aliases as data, which a new trie reads as JSON text too, and refuses once looked up', () => {
    const trie = createAliasTrie();
    trie.add('European Commission', { actorId: 'ec', form: 'name' });
    trie.add('European Union', { actorId: 'eu', form: 'name' });
    const filing = new Map([...trie.filed()].map(([key, list]) => [key, JSON.stringify(list)]));
    const again = createAliasTrie(filing);
    expect(again.longestAt(tokenise('European Union leaders'), 0)).toEqual({ end: 2, targets: [{ actorId: 'eu', form: 'name' }] });
    expect(() => again.filed()).toThrow(/already looked up/);
  });
});
