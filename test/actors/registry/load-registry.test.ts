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
  it('knows knowledge-base persons by surname, with their dated offices', () => {
    const putin = registry.personsBySurname.get('ptn')?.find((p) => p.id === 'person:vladimir-putin');
    expect(putin?.affiliations).toContainEqual({ id: 'RUS', role: 'prime minister', from: '2008-05-08', to: '2012-05-07' });
  });
  it('knows places, which hold their words but are never actors', () => {
    const targets = registry.trie.longestAt(tokenise('New Jersey'), 0)?.targets ?? [];
    expect(targets.map((t) => [t.actorId, t.form])).toContainEqual(['place:us-nj', 'place']);
    expect(targets.filter((t) => t.form !== 'place' && t.form !== 'blocker')).toEqual([]);
    expect(registry.actors.has('place:us-nj')).toBe(false);
    expect(registry.stateOf.get('place:us-nj')).toBe('USA');
  });
  it('lets a ministry of the knowledge base speak for its state', () => {
    expect(resolve('State Department')).toBe('USA');
    expect(resolve('Foreign Office')).toBe('GBR');
  });
  it('applies user entries: a new actor and an override', () => {
    const custom = loadRegistry([
      { id: 'acme', name: 'Acme', kind: 'organisation', aliases: ['Acme Corp'] },
      { id: 'person:vladimir-putin', name: 'Vladimir Putin', kind: 'person', affiliation: 'acme' },
    ]);
    expect(custom.trie.longestAt(tokenise('Acme Corp'), 0)?.targets[0]?.actorId).toBe('acme');
    expect(custom.personsBySurname.get('ptn')?.find((p) => p.id === 'person:vladimir-putin')?.affiliation).toBe('acme');
    expect(loadRegistry().personsBySurname.get('ptn')?.find((p) => p.id === 'person:vladimir-putin')?.affiliation).toBeUndefined();
  });
  it('compiles once per set of entries', () => {
    expect(loadRegistry()).toBe(registry);
  });
});
