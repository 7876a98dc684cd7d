import { describe, expect, it } from 'vitest';
import { namesCompatible } from '../../../pipeline/actors/persons/names-compatible.js';
import { loadLexicon } from '../../../pipeline/actors/registry/lexicon.js';

const lexicon = loadLexicon();
const keys = (...names: string[]) => names.map((n) => n.toLowerCase());

describe('namesCompatible', () => {
  it('accepts a surname alone against any given names', () => {
    expect(namesCompatible([], ['sergei'], lexicon)).toBe(true);
  });
  it('accepts a shared given name, an initial or a short form', () => {
    expect(namesCompatible(['recep', 'tayyip'], ['tayyip'], lexicon)).toBe(true);
    expect(namesCompatible(['sergei'], ['sergey'], lexicon)).toBe(true);
    expect(namesCompatible(['j'], ['john'], lexicon)).toBe(true);
    expect(namesCompatible(keys('Chris'), keys('Christopher'), lexicon)).toBe(true);
  });
  it('accepts variants of one name from the knowledge base', () => {
    expect(namesCompatible(keys('Jim'), keys('James'), lexicon)).toBe(true);
    expect(namesCompatible(keys('Chuck'), keys('Charles'), lexicon)).toBe(true);
    expect(namesCompatible(keys('Bob'), keys('Robert'), lexicon)).toBe(true);
  });
  it('rejects different given names', () => {
    expect(namesCompatible(['mohammed'], ['adel'], lexicon)).toBe(false);
    expect(namesCompatible(keys('Jim'), keys('Charles'), lexicon)).toBe(false);
  });
});
