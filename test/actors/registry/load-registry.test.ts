import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../../pipeline/actors/registry/load-registry.js';
import { tokenise } from '../../../pipeline/actors/scan/tokenise.js';
import { registry } from '../helpers.js';

const resolve = (alias: string): string | undefined => registry.trie.longestAt(tokenise(alias), 0)?.targets[0]?.actorId;

describe('loadRegistry', () => {
  it('has every state of world-countries under its ISO alpha-3 code', () => {
    expect(registry.actors.get('RUS')).toEqual({ id: 'RUS', name: 'Russia', kind: 'state' });
    expect(registry.actors.get('TUR')?.name).toBe('Turkey');
    expect([...registry.actors.values()].filter((a) => a.kind === 'state').length).toBeGreaterThan(190);
  });
  it('resolves official names, capitals, demonyms and institutions', () => {
    expect(resolve('Russian Federation')).toBe('RUS');
    expect(resolve('Riyadh')).toBe('SAU');
    expect(resolve('Iranian')).toBe('IRN');
    expect(resolve('Pentagon')).toBe('USA');
    expect(resolve('Élysée')).toBe('FRA');
  });
  it('resolves organisations and groups by abbreviation', () => {
    expect(resolve('IAEA')).toBe('iaea');
    expect(resolve('ISIL')).toBe('islamic-state');
    expect(resolve('Jabhat Fateh al-Sham')).toBe('hts');
    expect(resolve('HNC')).toBe('syrian-opposition');
  });
  it('leaves out a demonym two states share', () => {
    expect(resolve('Congolese')).toBeUndefined();
  });
  it('knows registry persons by surname', () => {
    expect(registry.personsBySurname.get('ptn')?.[0]?.affiliation).toBe('RUS');
  });
  it('applies user entries: a new actor and an override', () => {
    const custom = loadRegistry([
      { id: 'acme', name: 'Acme', kind: 'organisation', aliases: ['Acme Corp'] },
      { id: 'vladimir-putin', name: 'Vladimir Putin', kind: 'person', affiliation: 'acme' },
    ]);
    expect(custom.trie.longestAt(tokenise('Acme Corp'), 0)?.targets[0]?.actorId).toBe('acme');
    expect(custom.personsBySurname.get('ptn')?.[0]?.affiliation).toBe('acme');
    expect(loadRegistry().personsBySurname.get('ptn')?.[0]?.affiliation).toBe('RUS');
  });
  it('compiles once per set of entries', () => {
    expect(loadRegistry()).toBe(registry);
  });
});
