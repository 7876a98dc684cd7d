import { describe, expect, it } from 'vitest';
import { actorsOf, read } from '../helpers.js';

describe('findActorMentions', () => {
  it('resolves names, capitals and institutions as subjects', () => {
    expect(actorsOf('Moscow accused the US of lying.')).toEqual(['Moscow:RUS*', 'US:USA*']);
    expect(actorsOf('The Kremlin said.')).toEqual(['The Kremlin:RUS*']);
  });
  it('reads a capital used as a place as that city, never as the state', () => {
    expect(read('Talks were held in Moscow.').actors).toMatchObject([{ surface: 'Moscow', form: 'place', agentive: false }]);
    expect(read('Talks were held in Moscow.').actors.map((m) => m.actorId)).not.toContain('RUS');
  });
  it('reads the longest known name, so a state of the US never yields a fragment', () => {
    expect(read('New Jersey Governor Chris Christie spoke.').actors.map((m) => [m.surface, m.form])).toEqual([['New Jersey', 'place']]);
    expect(read('A New York congressman spoke.').actors.map((m) => [m.surface, m.form])).toEqual([['New York', 'place']]);
  });
  it('reads a demonym with an institution noun as the state', () => {
    expect(read('The Russian defence ministry said.').actors).toMatchObject([{ surface: 'Russian', actorId: 'RUS', start: 1, end: 4, agentive: true }]);
    expect(actorsOf('The Syrian government refused.')).toEqual(['Syrian:SYR*']);
  });
  it('reads a demonym before any other noun as a modifier', () => {
    expect(actorsOf('A local Russian newspaper quoted sources.')).toEqual(['Russian:RUS']);
  });
  it('reads a possessive with an institution noun as the state, otherwise as a modifier', () => {
    expect(actorsOf("Russia's Foreign Ministry announced talks.")[0]).toBe('Russia:RUS*');
    expect(actorsOf("Tehran's nuclear programme grew.")).toEqual(['Tehran:IRN']);
  });
  it('reads a hyphenated alias as a modifier', () => {
    expect(actorsOf('A US-Russia brokered ceasefire expired.')).toEqual(['US:USA', 'Russia:RUS']);
  });
  it('reads a title without a name as a role reference', () => {
    const [mention] = read('The Russian foreign minister, for his part, said so.').actors;
    expect(mention).toMatchObject({ actorId: 'RUS', agentive: true, role: 'foreign minister' });
  });
  it('leaves a title before a name to the person reader', () => {
    expect(read('Russian President Vladimir Putin said.').actors[0]?.role).toBeUndefined();
  });
  it('never reads a blocked phrase as its actor', () => {
    // The newspaper is an actor of its own (a knowledge-base outlet), never the United States.
    expect(actorsOf('The Washington Post reported it.').some((a) => a.startsWith('The Washington Post:') || a.startsWith('Washington'))).toBe(true);
    expect(actorsOf('The Washington Post reported it.').join()).not.toContain(':USA');
  });
  it('never takes a name after a personal honorific for an actor ("Dr Nielsen", "Mr Jordan")', () => {
    expect(actorsOf('"Those sites are profitable," said Dr Nielsen.')).toEqual([]);
    expect(actorsOf('Mr Jordan said Jordan would act.')).toEqual(['Jordan:JOR*']);
  });
});
